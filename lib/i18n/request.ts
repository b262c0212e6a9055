import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./locales";

// No locale in the URL: a WhatsApp link reads the same for everyone; the choice is a cookie.
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Only a fallback: event times are always formatted in the event's own zone (lib/time).
    timeZone: "Asia/Jakarta",
  };
});
