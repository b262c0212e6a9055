import { NextResponse, type NextRequest } from "next/server";
import { readFormBody } from "@/lib/http/read-body";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { isSameOrigin } from "@/lib/http/same-origin";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

// The language switch of pages rendered without React (the public agenda): a plain form posts here
// and is sent back to the page it came from. A post from another site is refused, and only paths
// on this site are followed back. The form is two short fields: a larger post is cut off unread.
const MAX_BODY_BYTES = 8 * 1024;

export async function POST(request: NextRequest) {
  if (!isSameOrigin(request, { allowMissing: true })) return new NextResponse(null, { status: 403 });
  const read = await readFormBody(request, MAX_BODY_BYTES);
  if (!read.ok && read.status === 413) return new NextResponse(null, { status: 413 });
  const form = read.ok ? read.value : null;
  const locale = resolveLocale(String(form?.get("locale") ?? ""));
  const path = safeReturnPath(form?.get("back")) ?? "/";
  const response = new NextResponse(null, { status: 303, headers: { location: path } });
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  return response;
}
