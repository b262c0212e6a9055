import { NextResponse, type NextRequest } from "next/server";
import { localizedAgendaPath } from "@/lib/agenda/public/locale-route";

// Only rewrites, never a security boundary. The public agenda is cached once per language; the
// matcher lets default-language reads (the bulk of the traffic) bypass this function entirely and
// sends here only readers with a language cookie, whom localizedAgendaPath places.
export function proxy(request: NextRequest) {
  const target = localizedAgendaPath(request.nextUrl.pathname, request.cookies.getAll());
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

// Kept in step with localizedAgendaPath (the matcher must be a literal).
export const config = {
  matcher: [{ source: "/e/:slug/agenda", has: [{ type: "cookie", key: "NEXT_LOCALE", value: "en" }] }],
};
