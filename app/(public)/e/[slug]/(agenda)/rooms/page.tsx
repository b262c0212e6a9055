import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgendaNav } from "@/components/agenda/agenda-nav";
import { sessionPath } from "@/lib/agenda/public/paths";
import { formatDayTab, formatSessionTime, groupByDay } from "@/lib/agenda/public/schedule";
import { getPublicAgenda } from "@/lib/agenda/public-queries";
import type { TimeLocale } from "@/lib/time";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [agenda, t] = await Promise.all([getPublicAgenda((await params).slug), getTranslations("publicAgenda")]);
  return agenda ? { title: t("roomsMetaTitle", { event: agenda.event.title }) } : {};
}

export default async function RoomsPage({ params }: Props) {
  const { slug } = await params;
  const [agenda, t, locale] = await Promise.all([getPublicAgenda(slug), getTranslations("publicAgenda"), getLocale()]);
  if (!agenda) notFound();
  const { event } = agenda;
  const loc = locale as TimeLocale;

  return (
    <article>
      <AgendaNav slug={event.slug} current="rooms" />
      <h1 className="text-2xl font-bold leading-tight text-brand-900">{t("roomsHeading")}</h1>
      {event.venue && <p className="mt-1 text-slate-800">{event.venue}</p>}
      {agenda.rooms.length === 0 ? (
        <p className="mt-4 rounded-lg border border-slate-200 bg-white p-4 text-slate-800">{t("roomsEmpty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {agenda.rooms.map((room) => {
            const days = groupByDay(agenda.sessions.filter((s) => s.roomId === room.id), event.timeZone);
            const count = days.reduce((sum, day) => sum + day.sessions.length, 0);
            return (
              <li key={room.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 className="break-words text-lg font-semibold text-slate-950">{room.name}</h2>
                <p className="text-sm text-slate-700">
                  {[room.capacity !== null ? t("seats", { count: room.capacity }) : null, t("roomSessions", { count })].filter(Boolean).join(" · ")}
                </p>
                {days.map((day) => (
                  <details key={day.key} className="mt-2">
                    <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-brand-800">{formatDayTab(day.key, loc)}</summary>
                    <ul className="space-y-1 pb-2 text-sm">
                      {day.sessions.map((s) => (
                        <li key={s.id}>
                          <span className="tabular-nums text-slate-700">{formatSessionTime(s.startsAt, s.endsAt, event.timeZone, loc)}</span>{" "}
                          <a href={sessionPath(event.slug, s.id)} className={`font-medium text-brand-800 underline-offset-2 hover:underline ${s.cancelled ? "line-through" : ""}`}>
                            {s.title}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </details>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
