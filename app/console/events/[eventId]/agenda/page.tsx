import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DayView } from "@/components/agenda/day-view";
import { ButtonLink } from "@/components/ui/button";
import { agendaDays, dayKeyInstant } from "@/lib/agenda/days";
import { getAgendaForEditor } from "@/lib/agenda/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { formatInZone, zonedDayKey, zoneLabel, type TimeLocale } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda.page"))("title") };
}

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ day?: string | string[] }> };

export default async function AgendaEditorPage({ params, searchParams }: Props) {
  const [{ eventId }, query] = await Promise.all([params, searchParams]);
  const base = `/console/events/${eventId}/agenda`;
  const actor = await requirePagePermission("agenda:manage", base);
  const [agenda, t, locale] = await Promise.all([getAgendaForEditor(actor, eventId), getTranslations("agenda"), getLocale() as Promise<TimeLocale>]);
  if (!agenda) notFound();

  const days = agendaDays(agenda, agenda.sessions.map((s) => s.startsAt));
  const wanted = Array.isArray(query.day) ? query.day[0] : query.day;
  const today = zonedDayKey(new Date(), agenda.timeZone);
  const day = days.find((d) => d.key === wanted)?.key ?? days.find((d) => d.key === today)?.key ?? days[0]?.key ?? today;
  const sessions = agenda.sessions.filter((s) => zonedDayKey(s.startsAt, agenda.timeZone) === day);
  const zone = zoneLabel(agenda.timeZone, agenda.startsAt);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold">{t("page.title")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("page.intro")}</p>
          <p className="mt-1 text-sm font-medium text-slate-800">{t("page.zoneNote", { zone, timeZone: agenda.timeZone })}</p>
        </div>
        {agenda.status !== "ARCHIVED" && (
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`${base}/new?day=${day}`}>{t("page.addSession")}</ButtonLink>
            <ButtonLink href={`${base}/rooms`} variant="secondary">
              {t("page.manageRooms")}
            </ButtonLink>
            <ButtonLink href={`${base}/announcements`} variant="secondary">
              {t("page.announcements")}
            </ButtonLink>
          </div>
        )}
      </div>
      {agenda.status === "ARCHIVED" && <p className="rounded bg-amber-50 p-3 text-amber-900">{t("page.archived")}</p>}

      <nav aria-label={t("page.days")} className="-mx-4 overflow-x-auto px-4">
        <ul className="flex min-w-max gap-2">
          {days.map((d) => (
            <li key={d.key}>
              <Link
                href={`${base}?day=${d.key}`}
                aria-current={d.key === day ? "page" : undefined}
                title={d.inEvent ? undefined : t("page.otherDays")}
                className={`inline-block rounded-full border px-3 py-1.5 text-sm font-medium ${
                  d.key === day ? "border-brand-700 bg-brand-700 text-white" : d.inEvent ? "border-slate-300 bg-white text-slate-800" : "border-dashed border-amber-500 bg-amber-50 text-amber-900"
                }`}
              >
                {formatInZone(dayKeyInstant(d.key), "UTC", locale, "date")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <DayView agenda={agenda} sessions={sessions} locale={locale} editHref={(id) => `${base}/${id}`} />
    </div>
  );
}
