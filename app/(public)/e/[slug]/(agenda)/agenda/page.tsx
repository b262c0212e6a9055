import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgendaNav } from "@/components/agenda/agenda-nav";
import { AgendaBrowser } from "@/components/agenda/agenda-browser";
import { AnnouncementList } from "@/components/announcements/announcement-list";
import type { AgendaItem } from "@/components/agenda/types";
import { sessionPath } from "@/lib/agenda/public/paths";
import { isChanged } from "@/lib/agenda/public/model";
import { getPublicAgenda } from "@/lib/agenda/public-queries";
import { formatRangeInZone, type TimeLocale } from "@/lib/time";

// Served from Next.js's page cache: most readers are anonymous phones in the default language, so
// one cached page fits them all. `force-static` makes cookies() read as empty (the shared header
// renders signed out, in Indonesian); proxy.ts sends the other readers to the per-request twin
// (../agenda-live). Regenerated when revalidatePublicAgenda drops the data's cache tag, and at the
// latest every five minutes.
export const dynamic = "force-static";
export const revalidate = 300;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [agenda, t] = await Promise.all([getPublicAgenda((await params).slug), getTranslations("publicAgenda")]);
  return agenda ? { title: t("metaTitle", { event: agenda.event.title }) } : {};
}

export default async function AgendaPage({ params }: Props) {
  const { slug } = await params;
  const [agenda, t, locale] = await Promise.all([getPublicAgenda(slug), getTranslations("publicAgenda"), getLocale()]);
  if (!agenda) notFound();
  const { event } = agenda;
  const rooms = new Map(agenda.rooms.map((r) => [r.id, r.name]));
  const speakers = new Map(agenda.speakers.map((s) => [s.id, s.name]));
  const items: AgendaItem[] = agenda.sessions.map((s) => ({
    id: s.id,
    title: s.title,
    kind: t(`kind.${s.kind}`),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.roomId ? (rooms.get(s.roomId) ?? null) : null,
    speakers: s.speakers.map((sp) => speakers.get(sp.speakerId)).filter(Boolean).join(" · "),
    cancelled: s.cancelled,
    changedAt: isChanged(s) ? s.updatedAt : null,
    href: sessionPath(event.slug, s.id),
  }));
  const feed = (path: string) => `/e/${event.slug}/${path}`;
  const feedClass = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-slate-50";

  return (
    <article className="space-y-6">
      <AgendaNav slug={event.slug} current="agenda" />
      <header>
        <h1 className="text-2xl font-bold leading-tight text-brand-900">{t("heading")}</h1>
        <p className="mt-1 text-slate-800">{formatRangeInZone(new Date(event.startsAt), new Date(event.endsAt), event.timeZone, locale as TimeLocale)}</p>
        {event.venue && <p className="text-slate-800">{event.venue}</p>}
      </header>

      <AnnouncementList event={event.id} timeZone={event.timeZone} />

      <AgendaBrowser slug={event.slug} eventZone={event.timeZone} sessions={items} />

      <section aria-labelledby="feeds-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="feeds-heading" className="font-semibold text-slate-950">{t("feedsHeading")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("feedsHint")}</p>
        <ul className="mt-3 flex flex-wrap gap-2">
          <li><a href={feed("agenda.ics")} className={feedClass}>{t("feedIcs")}</a></li>
          <li><a href={feed("schedule.json")} className={feedClass}>{t("feedJson")}</a></li>
          <li><a href={feed("schedule.xml")} className={feedClass}>{t("feedXml")}</a></li>
        </ul>
      </section>
    </article>
  );
}
