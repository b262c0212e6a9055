import { DEFAULT_LOCALE, LOCALE_COOKIE } from "@/lib/i18n/locales";

// The public agenda page is cached for everyone (app/(public)/e/[slug]/(agenda)/agenda/page.tsx);
// these requests need it rendered for them instead (../agenda-live): another language, a signed-in
// user, or a server action (the header's language switch posts to the page it is on).

const AGENDA = /^\/e\/([^/]+)\/agenda\/?$/;
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token/;

export interface AgendaRequest {
  method: string;
  pathname: string;
  cookies: Iterable<{ name: string; value: string }>;
  isServerAction: boolean;
}

/** The per-request agenda's path, or null when the cached page is right for this request. */
export function liveAgendaPath({ method, pathname, cookies, isServerAction }: AgendaRequest): string | null {
  const match = AGENDA.exec(pathname);
  if (!match) return null;
  const live = `/e/${match[1]}/agenda-live`;
  if (isServerAction || (method !== "GET" && method !== "HEAD")) return live;
  for (const { name, value } of cookies) {
    if (name === LOCALE_COOKIE && value !== DEFAULT_LOCALE) return live;
    if (SESSION_COOKIE.test(name)) return live;
  }
  return null;
}
