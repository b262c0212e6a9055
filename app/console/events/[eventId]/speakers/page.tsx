import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { sessionTimeRange } from "@/lib/agenda/format";
import { requirePagePermission } from "@/lib/auth/session";
import { getEventForConsole } from "@/lib/events/queries";
import { listSpeakersForEditor } from "@/lib/speakers/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("speakers.page"))("title") };
}

export default async function SpeakersPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const base = `/console/events/${eventId}/speakers`;
  const actor = await requirePagePermission("agenda:manage", base);
  const [event, speakers, t, ta, locale] = await Promise.all([
    getEventForConsole(actor, eventId),
    listSpeakersForEditor(actor, eventId),
    getTranslations("speakers.page"),
    getTranslations("agenda"),
    getLocale() as Promise<TimeLocale>,
  ]);
  if (!event) notFound();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("intro")}</p>
        </div>
        {event.status !== "ARCHIVED" && <ButtonLink href={`${base}/new`}>{t("add")}</ButtonLink>}
      </div>
      {speakers.length === 0 && <p className="text-slate-600">{t("empty")}</p>}
      <ul className="grid gap-3 md:grid-cols-2">
        {speakers.map((speaker) => (
          <li key={speaker.id} className="flex gap-3 rounded-md border border-slate-200 bg-white p-3">
            {speaker.photoType ? (
              // eslint-disable-next-line @next/next/no-img-element -- a private, session-authorized image
              <img src={`${base}/${speaker.id}/photo`} alt={t("photoOf", { name: speaker.name })} width={64} height={64} loading="lazy" className="h-16 w-16 shrink-0 rounded-md object-cover" />
            ) : (
              <span aria-hidden className="flex h-16 w-16 shrink-0 items-center justify-center rounded-md bg-slate-100 text-xl font-semibold text-slate-500">
                {speaker.name.slice(0, 1)}
              </span>
            )}
            <div className="min-w-0 flex-1">
              <p className="break-words font-semibold">
                <Link href={`${base}/${speaker.id}`} className="hover:underline">
                  {speaker.name}
                </Link>
              </p>
              {(speaker.title || speaker.organization) && <p className="break-words text-sm text-slate-700">{[speaker.title, speaker.organization].filter(Boolean).join(", ")}</p>}
              <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("sessions")}</h3>
              {speaker.sessions.length === 0 ? (
                <p className="text-sm text-slate-600">{t("noSessions")}</p>
              ) : (
                <ul className="text-sm">
                  {speaker.sessions.map(({ role, session }) => (
                    <li key={session.id} className={`break-words ${session.cancelled ? "text-slate-500 line-through" : ""}`}>
                      <Link href={`/console/events/${eventId}/agenda/${session.id}`} className="hover:underline">
                        {session.title}
                      </Link>{" "}
                      <span className="text-slate-600">
                        · {ta(`role.${role}`)} · {formatInZone(session.startsAt, event.timeZone, locale, "dateShort")} {sessionTimeRange(session.startsAt, session.endsAt, event.timeZone, locale)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
