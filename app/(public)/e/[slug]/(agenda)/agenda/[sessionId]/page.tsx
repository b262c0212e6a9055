import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgendaNav } from "@/components/agenda/agenda-nav";
import { SpeakerPhoto } from "@/components/agenda/speaker-photo";
import { isChanged } from "@/lib/agenda/public/model";
import { agendaPath } from "@/lib/agenda/public/paths";
import { formatSessionTime } from "@/lib/agenda/public/schedule";
import { getPublicAgenda } from "@/lib/agenda/public-queries";
import { formatInZone, zoneLabel, type TimeLocale } from "@/lib/time";

interface Props {
  params: Promise<{ slug: string; sessionId: string }>;
}

async function load(params: Props["params"]) {
  const { slug, sessionId } = await params;
  const agenda = await getPublicAgenda(slug);
  const session = agenda?.sessions.find((s) => s.id === sessionId);
  return agenda && session ? { agenda, session } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return found ? { title: found.session.title, description: found.session.description ?? undefined } : {};
}

export default async function SessionPage({ params }: Props) {
  const [found, t, locale] = await Promise.all([load(params), getTranslations("publicAgenda"), getLocale()]);
  if (!found) notFound();
  const { agenda, session } = found;
  const { event } = agenda;
  const loc = locale as TimeLocale;
  const start = new Date(session.startsAt);
  const room = agenda.rooms.find((r) => r.id === session.roomId);
  const track = agenda.tracks.find((tr) => tr.id === session.trackId);
  const speakers = session.speakers
    .map((link) => ({ ...link, speaker: agenda.speakers.find((s) => s.id === link.speakerId) }))
    .filter((link) => link.speaker !== undefined);

  return (
    <article className="space-y-5">
      <AgendaNav slug={event.slug} current={null} />
      <p>
        <a href={agendaPath(event.slug)} className="text-sm font-semibold text-brand-800 underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>
          {t("backToAgenda")}
        </a>
      </p>
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">
          {t(`kind.${session.kind}`)}
          {track && ` · ${track.name}`}
        </p>
        <h1 className={`mt-1 break-words text-2xl font-bold leading-tight ${session.cancelled ? "text-slate-600 line-through" : "text-brand-900"}`}>{session.title}</h1>
        <div className="mt-2 flex flex-wrap gap-2 text-sm font-semibold">
          {session.cancelled && <span className="rounded bg-red-100 px-2 py-0.5 text-red-900">{t("cancelled")}</span>}
          {isChanged(session) && !session.cancelled && (
            <span className="rounded bg-sky-100 px-2 py-0.5 text-sky-950">
              {t("changed", { time: formatInZone(new Date(session.updatedAt), event.timeZone, loc, "dateTime") })}
            </span>
          )}
        </div>
      </header>

      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        <div className="px-4 py-3">
          <dt className="text-sm font-semibold text-slate-700">{t("when")}</dt>
          <dd className={`mt-1 font-medium text-slate-950 ${session.cancelled ? "line-through" : ""}`}>
            {formatInZone(start, event.timeZone, loc, "date")}, {formatSessionTime(session.startsAt, session.endsAt, event.timeZone, loc)}
          </dd>
          <dd className="text-sm text-slate-700">{t("zoneEvent", { label: zoneLabel(event.timeZone, start), zone: event.timeZone })}</dd>
        </div>
        <div className="px-4 py-3">
          <dt className="text-sm font-semibold text-slate-700">{t("where")}</dt>
          <dd className="mt-1 text-slate-950">{room ? `${room.name}, ${event.venueName}` : `${t("noRoom")}, ${event.venue}`}</dd>
        </div>
        {session.capacity !== null && (
          <div className="px-4 py-3">
            <dt className="text-sm font-semibold text-slate-700">{t("capacity")}</dt>
            <dd className="mt-1 text-slate-950">{t("seats", { count: session.capacity })}</dd>
          </div>
        )}
      </dl>

      {session.description && (
        <section>
          <h2 className="text-lg font-semibold text-slate-950">{t("about")}</h2>
          <p className="mt-1 whitespace-pre-line break-words text-slate-800">{session.description}</p>
        </section>
      )}

      {speakers.length > 0 && (
        <section>
          <h2 className="text-lg font-semibold text-slate-950">{t("speakers")}</h2>
          <ul className="mt-2 space-y-3">
            {speakers.map(({ speaker, role }) => (
              <li key={speaker!.id} className="flex items-start gap-3">
                <SpeakerPhoto slug={event.slug} speaker={speaker!} alt={t("photoAlt", { name: speaker!.name })} />
                <div className="min-w-0">
                  <p className="font-semibold text-slate-950">{speaker!.name}</p>
                  <p className="text-sm text-slate-700">{[t(`role.${role}`), speaker!.title, speaker!.organization].filter(Boolean).join(" · ")}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <a
        href={`/e/${event.slug}/my-agenda.ics?s=${session.id}`}
        download
        className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-slate-50"
      >
        {t("addSessionToCalendar")}
      </a>
    </article>
  );
}
