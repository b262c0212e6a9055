import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

// The language switch of pages rendered without React (the public agenda): a plain form posts here
// and is sent back to the page it came from. Like Next.js's server actions, a post from another
// site is refused (its Origin must name the host the browser asked), and only paths on this site
// are followed back.
export async function POST(request: NextRequest) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && (!host || URL.parse(origin)?.host !== host)) return new NextResponse(null, { status: 403 });
  const form = await request.formData().catch(() => null);
  const locale = resolveLocale(String(form?.get("locale") ?? ""));
  const back = String(form?.get("back") ?? "/");
  const path = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
  const response = new NextResponse(null, { status: 303, headers: { location: path } });
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  return response;
}
