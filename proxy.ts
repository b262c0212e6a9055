import { NextResponse, type NextRequest } from "next/server";
import { liveAgendaPath } from "@/lib/agenda/public/live-route";

// Only rewrites, never a security boundary. The public agenda page is cached; the matcher lets
// anonymous default-language reads (the bulk of the traffic) bypass this function entirely and
// sends here only the requests that may need the per-request page, which liveAgendaPath decides.
export function proxy(request: NextRequest) {
  const target = liveAgendaPath({
    method: request.method,
    pathname: request.nextUrl.pathname,
    cookies: request.cookies.getAll(),
    isServerAction: request.headers.has("next-action"),
  });
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

// Kept in step with liveAgendaPath (the matcher must be a literal): a request none of these match
// is served the cached page without running the proxy.
export const config = {
  matcher: [
    { source: "/e/:slug/agenda", has: [{ type: "cookie", key: "NEXT_LOCALE", value: "en" }] },
    { source: "/e/:slug/agenda", has: [{ type: "cookie", key: "authjs.session-token" }] },
    { source: "/e/:slug/agenda", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }] },
    { source: "/e/:slug/agenda", has: [{ type: "header", key: "next-action" }] },
  ],
};
