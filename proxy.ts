import { NextResponse, type NextRequest } from "next/server";
import { localizedAgendaPath } from "@/lib/agenda/public/locale-route";
import { signInPagePolicy } from "@/lib/auth/sign-in-page-policy";

// Only rewrites and the sign-in page's header, never a security boundary. The public agenda is
// cached once per language; the matcher lets default-language reads (the bulk of the traffic)
// bypass this function entirely and sends here only readers with a language cookie, whom
// localizedAgendaPath places.
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/login") {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", signInPagePolicy());
    return response;
  }
  const target = localizedAgendaPath(request.nextUrl.pathname, request.cookies.getAll());
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

// Kept in step with localizedAgendaPath and OWN_POLICY_EXCLUDED_SOURCE (the matcher must be a literal).
export const config = {
  matcher: ["/login", { source: "/e/:slug/agenda", has: [{ type: "cookie", key: "NEXT_LOCALE", value: "en" }] }],
};
