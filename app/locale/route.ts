import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

// The language switch of pages rendered without React (the public agenda): a plain form posts here
// and is sent back to the page it came from. Only paths on this site are followed back.
export async function POST(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) return new NextResponse(null, { status: 403 });
  const form = await request.formData();
  const locale = resolveLocale(String(form.get("locale") ?? ""));
  const back = String(form.get("back") ?? "/");
  const path = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
  const response = NextResponse.redirect(new URL(path, request.nextUrl.origin), 303);
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  return response;
}
