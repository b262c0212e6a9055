import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgendaNav } from "@/components/agenda/agenda-nav";
import { SpeakerPhoto } from "@/components/agenda/speaker-photo";
import { sessionPath } from "@/lib/agenda/public/paths";
import { formatDayTab, formatSessionTime } from "@/lib/agenda/public/schedule";
import { getPublicAgenda } from "@/lib/agenda/public-queries";
import { zonedDayKey, type TimeLocale } from "@/lib/time";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [agenda, t] = await Promise.all([getPublicAgenda((await params).slug), getTranslations("publicAgenda")]);
  return agenda ? { title: t("speakersMetaTitle", { event: agenda.event.title }) } : {};
}

export default async function SpeakersPage({ params }: Props) {
  const { slug } = await params;
  const [agenda, t, locale] = await Promise.all([getPublicAgenda(slug), getTranslations("publicAgenda"), getLocale()]);
  if (!agenda) notFound();
  const { event } = agenda;
  const loc = locale as TimeLocale;

  return (
    <article>
      <AgendaNav slug={event.slug} current="speakers" />
      <h1 className="text-2xl font-bold leading-tight text-brand-900">{t("speakersHeading")}</h1>
      {agenda.speakers.length === 0 ? (
        <p className="mt-4 rounded-lg border border-slate-200 bg-white p-4 text-slate-800">{t("speakersEmpty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {agenda.speakers.map((speaker) => {
            const sessions = agenda.sessions.filter((s) => s.speakers.some((sp) => sp.speakerId === speaker.id));
            return (
              <li key={speaker.id} id={`speaker-${speaker.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex items-start gap-3">
                  <SpeakerPhoto slug={event.slug} speaker={speaker} alt={t("photoAlt", { name: speaker.name })} size={64} />
                  <div className="min-w-0">
                    <h2 className="break-words font-semibold text-slate-950">{speaker.name}</h2>
                    {speaker.title && <p className="break-words text-sm text-slate-800">{speaker.title}</p>}
                    {speaker.organization && <p className="break-words text-sm text-slate-700">{speaker.organization}</p>}
                  </div>
                </div>
                {speaker.bio && <p className="mt-2 whitespace-pre-line break-words text-sm text-slate-800">{speaker.bio}</p>}
                {sessions.length > 0 && (
                  <>
                    <h3 className="mt-3 text-sm font-semibold text-slate-700">{t("speakerSessions")}</h3>
                    <ul className="mt-1 space-y-1 text-sm">
                      {sessions.map((s) => (
                        <li key={s.id}>
                          <a href={sessionPath(event.slug, s.id)} className={`font-medium text-brand-800 underline-offset-2 hover:underline ${s.cancelled ? "line-through" : ""}`}>
                            {s.title}
                          </a>
                          <span className="text-slate-700">
                            {" "}
                            — {formatDayTab(zonedDayKey(new Date(s.startsAt), event.timeZone), loc)}, {formatSessionTime(s.startsAt, s.endsAt, event.timeZone, loc)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
