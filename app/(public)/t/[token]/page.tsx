import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AnnouncementList } from "@/components/announcements/announcement-list";
import { TicketQr } from "@/components/tickets/ticket-qr";
import { TicketStatus } from "@/components/tickets/ticket-status";
import { OfflineSupport } from "@/components/agenda/offline-support";
import { buttonClass } from "@/components/ui/button";
import { agendaPath } from "@/lib/agenda/public/paths";
import { PUBLIC_EVENT_STATUSES } from "@/lib/events/queries";
import { getTicket } from "@/lib/tickets/queries";
import { isTicketActive } from "@/lib/tickets/ticket-state";
import { ticketCalendarPath } from "@/lib/tickets/token";
import { formatInZone, formatRangeInZone, zoneLabel, type TimeLocale } from "@/lib/time";

// The token in the address is the participant's credential: keep the page out of search engines
// and the address out of Referer headers (the map link leaves the site). It is rendered per
// request (it reads the language cookie), so Next.js marks it private and never caches it.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets");
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function TicketPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ registered?: string }>;
}) {
  const [{ token }, { registered }] = await Promise.all([params, searchParams]);
  const [ticket, t, tAgenda, locale, tOpen] = await Promise.all([
    getTicket(token),
    getTranslations("tickets"),
    getTranslations("publicAgenda"),
    getLocale(),
    getTranslations("openRegistration"),
  ]);
  if (!ticket) notFound();
  const { event } = ticket;
  const venue = [event.venueRoom, event.venueName].filter(Boolean).join(", ");

  return (
    <article className="mx-auto max-w-md space-y-5">
      <OfflineSupport offlineText={tAgenda("offline")} warmPages={PUBLIC_EVENT_STATUSES.includes(event.status) ? [agendaPath(event.slug)] : []} />
      {registered === "1" && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 font-medium text-emerald-900">
          {tOpen("registered")}
        </p>
      )}
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{t("eyebrow")}</p>
        <h1 className="mt-1 break-words text-2xl font-bold leading-tight text-slate-950">{ticket.name}</h1>
        {ticket.position && <p className="mt-1 text-slate-800">{ticket.position}</p>}
        {ticket.unitName && (
          <p className="font-semibold text-brand-800">
            <span className="sr-only">{t("unit")}: </span>
            {ticket.unitName}
          </p>
        )}
        {ticket.nipMasked && (
          <p className="mt-1 font-mono text-sm text-slate-800">
            {t("nip")} {ticket.nipMasked}
          </p>
        )}
      </header>

      <TicketStatus state={ticket.state} badge={t(`state.${ticket.state}.badge`)}>
        {(ticket.status === "CANCELLED" || ticket.status === "REPLACED" || ticket.status === "REJECTED") && (
          <p className="font-semibold">{t(`invalidReason.${ticket.status}`)}</p>
        )}
        {ticket.rejectionReason && <p>{t("rejectedBecause", { reason: ticket.rejectionReason })}</p>}
        {/* An online participant is not sent to the registration desk. */}
        <p>{ticket.state === "valid" && ticket.attendanceMode === "ONLINE" ? t("attendanceONLINE") : t(`state.${ticket.state}.body`)}</p>
      </TicketStatus>

      <AnnouncementList event={{ slug: event.slug }} timeZone={event.timeZone} limit={3} />

      {(event.status === "FINISHED" || event.status === "ARCHIVED") && (
        <p className="rounded border border-slate-300 bg-slate-100 px-3 py-2 font-medium text-slate-900">{t("eventFinished")}</p>
      )}

      {ticket.state === "valid" && (
        <TicketQr token={token} code={ticket.code} label={t("qrLabel", { code: ticket.code })} codeLabel={t("codeLabel")} />
      )}

      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        <Row term={t("event")}>
          <p className="font-semibold text-slate-950">{event.title}</p>
          {event.theme && <p className="italic text-slate-800">“{event.theme}”</p>}
        </Row>
        <Row term={t("attendance")}>
          <p className={ticket.attendanceMode === "ONLINE" ? "font-semibold text-slate-950" : undefined}>
            {t(`attendance${ticket.attendanceMode}`)}
          </p>
        </Row>
        <Row term={t("when")}>
          <p className="font-medium text-slate-950">{formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, locale as TimeLocale)}</p>
          <p className="text-sm text-slate-700">{t("timesShownIn", { label: zoneLabel(event.timeZone, event.startsAt), zone: event.timeZone })}</p>
        </Row>
        <Row term={t("where")}>
          <p className="font-medium text-slate-950">{venue}</p>
          {event.venueAddress && <p className="text-sm text-slate-800">{event.venueAddress}</p>}
          {event.venueCity && !event.venueAddress?.includes(event.venueCity) && <p className="text-sm text-slate-800">{event.venueCity}</p>}
          {event.venueMapUrl && (
            <a
              href={event.venueMapUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t("openMapLabel", { venue: event.venueName })}
              className={buttonClass("secondary", "mt-2")}
            >
              {t("openMap")}
            </a>
          )}
        </Row>
      </dl>

      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        {PUBLIC_EVENT_STATUSES.includes(event.status) && (
          // The token rides in the fragment: the agenda keeps bookmarks with this ticket, and the
          // fragment never reaches the server or a Referer header.
          <a href={`${agendaPath(event.slug)}#tiket=${token}`} className={buttonClass("secondary", "w-full sm:w-auto")}>
            {t("agenda")}
          </a>
        )}
        {isTicketActive(ticket.status) && (
          <div className="w-full sm:w-auto">
            {/* A plain link: the file is downloaded, not rendered by the router. */}
            <a href={ticketCalendarPath(token)} download className={buttonClass("secondary", "w-full sm:w-auto")}>
              {t("addToCalendar")}
            </a>
            <p className="mt-1 text-sm text-slate-700">{t("addToCalendarHint")}</p>
          </div>
        )}
      </div>

      <p className="text-sm text-slate-700">{t("keepPrivate")}</p>
      {/* Kept by the service worker for offline use: the copy says how old it is. */}
      <p className="text-sm text-slate-700" data-testid="ticket-fetched-at">
        {tAgenda("ticketFetchedAt", { time: formatInZone(new Date(), event.timeZone, locale as TimeLocale, "dateTime") })}
      </p>
    </article>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="px-4 py-3">
      <dt className="text-sm font-semibold text-slate-700">{term}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}
