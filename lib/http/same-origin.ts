/**
 * Whether a POST comes from a page of this site: its Origin must name the host the browser asked
 * for. X-Forwarded-Host reaches here only from a proxy trusted by TRUST_PROXY (scripts/server.ts
 * drops a client's copy, and Next.js then fills it from Host). Route handlers that act on the session cookie
 * or set cookies use it the way Next.js checks server actions. A request without Origin passes
 * only when `allowMissing` (a harmless switch such as the language; browsers send Origin on POST).
 */
export function isSameOrigin(request: Request, { allowMissing = false }: { allowMissing?: boolean } = {}): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return allowMissing;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  return Boolean(host) && URL.parse(origin)?.host === host;
}
