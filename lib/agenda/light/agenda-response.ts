import "server-only";
import { createTranslator } from "next-intl";
import { sessionTimeRange } from "@/lib/agenda/format";
import { isChanged } from "@/lib/agenda/public/model";
import { agendaPath } from "@/lib/agenda/public/paths";
import { getPublicAgenda } from "@/lib/agenda/public-queries";
import { listPublicAnnouncements } from "@/lib/announcements/queries";
import type { Locale } from "@/lib/i18n/locales";
import { formatInZone, formatRangeInZone } from "@/lib/time";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { agendaAssets } from "./assets";
import { html, Html } from "./html";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy.mjs";
import { agendaContentSecurityPolicy, renderAgendaDocument } from "./render-page";
import { BROWSER_MESSAGES, type AgendaItem, type AgendaPageData, type BrowserMessages } from "./types";

const MESSAGES = { id, en } as const;

/**
 * The public agenda page of an event in one language, as a complete HTML response (404 when the
 * event is not public). Read through the agenda's data cache, so the route that serves it can be
 * cached too and dropped with the agenda's cache tag.
 */
export async function agendaResponse(slug: string, locale: Locale): Promise<Response> {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages, namespace: "publicAgenda" });
  const agenda = await getPublicAgenda(slug);
  if (!agenda) return notFoundResponse(locale);
  const { event } = agenda;
  const tAnnouncements = createTranslator({ locale, messages, namespace: "announcements.list" });
  const tNav = createTranslator({ locale, messages, namespace: "nav" });
  const tMeta = createTranslator({ locale, messages, namespace: "meta" });
  const announcements = await listPublicAnnouncements({ slug: event.slug }, 5);

  const rooms = new Map(agenda.rooms.map((r) => [r.id, r.name]));
  const speakers = new Map(agenda.speakers.map((s) => [s.id, s.name]));
  const sessions: AgendaItem[] = agenda.sessions.map((s) => ({
    id: s.id,
    title: s.title,
    kind: t(`kind.${s.kind}`),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.roomId ? (rooms.get(s.roomId) ?? null) : null,
    speakers: s.speakers.map((sp) => speakers.get(sp.speakerId)).filter(Boolean).join(" · "),
    cancelled: s.cancelled,
    changedAt: isChanged(s) ? s.updatedAt : null,
  }));
  const base = `/e/${event.slug}`;
  const data: AgendaPageData = {
    slug: event.slug,
    eventZone: event.timeZone,
    locale,
    sessions,
    messages: Object.fromEntries(BROWSER_MESSAGES.map((key) => [key, t.raw(key) as string])) as BrowserMessages,
  };
  const title = t("metaTitle", { event: event.title });

  const body = renderAgendaDocument({
    data,
    documentTitle: `${title} · Rakor`,
    description: tMeta("description"),
    eventTitle: event.title,
    eventHref: base,
    heading: t("heading"),
    dates: formatRangeInZone(new Date(event.startsAt), new Date(event.endsAt), event.timeZone, locale),
    venue: event.venue,
    announcements: {
      title: tAnnouncements("title"),
      items: announcements.map((a) => ({
        id: a.id,
        createdAt: a.createdAt.toISOString(),
        when: formatInZone(a.createdAt, event.timeZone, locale, "dateTime"),
        body: a.body,
        session: a.session
          ? `${tAnnouncements("session", { title: a.session.title })} · ${sessionTimeRange(a.session.startsAt, a.session.endsAt, event.timeZone, locale)}${
              a.session.cancelled ? ` (${tAnnouncements("cancelled")})` : ""
            }`
          : null,
      })),
    },
    feeds: {
      heading: t("feedsHeading"),
      hint: t("feedsHint"),
      links: [
        { href: `${base}/agenda.ics`, text: t("feedIcs") },
        { href: `${base}/schedule.json`, text: t("feedJson") },
        { href: `${base}/schedule.xml`, text: t("feedXml") },
      ],
    },
    nav: {
      label: t("navLabel"),
      links: [
        { href: agendaPath(event.slug), text: t("navAgenda"), current: true },
        { href: `${base}/speakers`, text: t("navSpeakers"), current: false },
        { href: `${base}/rooms`, text: t("navRooms"), current: false },
      ],
    },
    header: { skipToContent: tNav("skipToContent"), home: "Rakor", language: tNav("language"), backPath: agendaPath(event.slug) },
    offline: t("offline"),
    lastUpdated: t("lastUpdated", { time: formatInZone(new Date(agenda.updatedAt), event.timeZone, locale, "dateTime") }),
    assets: agendaAssets(),
  });
  // next.config.mjs leaves this path's policy to the response (see OWN_POLICY_EXCLUDED_SOURCE).
  return new Response(body, {
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": agendaContentSecurityPolicy(agendaAssets().script) },
  });
}

function notFoundResponse(locale: Locale): Response {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "notFound" });
  const body = `<!DOCTYPE html>${html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("heading")} · Rakor</title><style>${new Html(agendaAssets().css)}</style></head>
<body class="min-h-dvh bg-slate-50 text-slate-900 antialiased"><main class="mx-auto w-full max-w-3xl px-4 py-6 sm:py-10"><div class="rounded-lg border border-slate-200 bg-white p-6">
<h1 class="text-xl font-bold">${t("heading")}</h1><p class="mt-2 text-slate-700">${t("body")}</p>
<a href="/" class="mt-4 inline-block font-semibold text-brand-800 underline">${t("home")}</a></div></main></body></html>`}`;
  return new Response(body, {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": contentSecurityPolicy({ scripts: [] }) },
  });
}
