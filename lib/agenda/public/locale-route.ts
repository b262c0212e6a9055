import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

// The public agenda is cached once per language (app/(public)/e/[slug]/(agenda)/agenda/route.ts
// for the default, ../agenda-in/<locale> for the others); proxy.ts uses this to send a reader to
// the copy in their language. Everyone else sees the same page: it shows nobody's account.

const AGENDA = /^\/e\/([^/]+)\/agenda\/?$/;

/** The path of the agenda in the reader's language, or null when the default copy is right. */
export function localizedAgendaPath(pathname: string, cookies: Iterable<{ name: string; value: string }>): string | null {
  const match = AGENDA.exec(pathname);
  if (!match) return null;
  for (const { name, value } of cookies) {
    if (name !== LOCALE_COOKIE || value === DEFAULT_LOCALE) continue;
    const locale = LOCALES.find((l) => l === value);
    return locale ? `/e/${match[1]}/agenda-in/${locale}` : null;
  }
  return null;
}
