import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { agendaPath } from "@/lib/agenda/public/paths";
import { getPublicEvent, registrationPhase } from "@/lib/events/queries";
import { formatInZone, formatRangeInZone, zoneLabel, type TimeLocale } from "@/lib/time";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getPublicEvent((await params).slug);
  return event ? { title: event.title, description: event.theme ?? undefined } : {};
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const [event, t, tAgenda, locale] = await Promise.all([getPublicEvent(slug), getTranslations("event"), getTranslations("publicAgenda"), getLocale()]);
  if (!event) notFound();
  const loc = locale as TimeLocale;
  const phase = registrationPhase(event);
  const phaseText = { open: t("registrationOpen"), not_yet_open: t("registrationNotYetOpen"), closed: t("registrationClosed") }[phase];
  const venue = [event.venueRoom, event.venueName].filter(Boolean).join(", ");

  return (
    <article>
      {event.status !== "PUBLISHED" && (
        <p className="mb-4 rounded bg-amber-100 px-3 py-2 text-sm font-medium text-amber-900">
          {event.status === "FINISHED" ? t("statusFINISHED") : t("statusCLOSED")}
        </p>
      )}
      <h1 className="text-2xl font-bold leading-tight text-brand-900 sm:text-3xl">{event.title}</h1>
      {event.theme && (
        <p className="mt-3 text-lg">
          <span className="sr-only">{t("theme")}: </span>
          <span className="italic">“{event.theme}”</span>
        </p>
      )}
      {event.slogan && (
        <p className="mt-1 font-semibold uppercase tracking-wide text-brand-700">
          <span className="sr-only">{t("slogan")}: </span>
          {event.slogan}
        </p>
      )}

      <a
        href={agendaPath(event.slug)}
        className="mt-5 inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 sm:w-auto"
      >
        {tAgenda("openAgenda")}
      </a>

      <dl className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        <Row term={t("when")}>
          <p className="font-medium">{formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, loc)}</p>
          <p className="text-sm text-slate-600">
            {t("timesShownIn", { label: zoneLabel(event.timeZone, event.startsAt), zone: event.timeZone })}
          </p>
        </Row>
        <Row term={t("where")}>
          <p className="font-medium">{venue}</p>
          {event.venueAddress && <p className="text-sm text-slate-700">{event.venueAddress}</p>}
          {event.venueCity && !event.venueAddress?.includes(event.venueCity) && (
            <p className="text-sm text-slate-700">{event.venueCity}</p>
          )}
          {event.venueMapUrl && (
            <a
              href={event.venueMapUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t("openMapLabel", { venue: event.venueName })}
              className="mt-2 inline-block rounded-md border border-brand-600 px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
            >
              {t("openMap")}
            </a>
          )}
        </Row>
        <Row term={t("mode")}>{t(`mode${event.mode}`)}</Row>
        <Row term={t("capacity")}>{t("seats", { count: event.capacity })}</Row>
        <Row term={t("registration")}>
          <p className="font-medium">{phaseText}</p>
          <p className="text-sm text-slate-700">
            {t("registrationWindow", {
              opens: formatInZone(event.registrationOpensAt, event.timeZone, loc, "dateTime"),
              closes: formatInZone(event.registrationClosesAt, event.timeZone, loc, "dateTime"),
            })}
          </p>
          {event.openRegistration && phase === "open" && (
            <a
              href={`/e/${event.slug}/register`}
              className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {t("registerNow")}
            </a>
          )}
        </Row>
      </dl>

      {event.description && (
        <section className="mt-6">
          <h2 className="text-lg font-semibold">{t("about")}</h2>
          <p className="mt-2 whitespace-pre-line text-slate-800">{event.description}</p>
        </section>
      )}
    </article>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="px-4 py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-slate-600">{term}</dt>
      <dd className="mt-1 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}
