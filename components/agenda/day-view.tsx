import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { detectConflicts } from "@/lib/agenda/detect-conflicts";
import { sessionTimeRange } from "@/lib/agenda/format";
import type { AgendaForEditor, EditorSession } from "@/lib/agenda/queries";
import type { TimeLocale } from "@/lib/time";

interface DayViewProps {
  agenda: AgendaForEditor;
  sessions: EditorSession[];
  locale: TimeLocale;
  editHref: (sessionId: string) => string;
}

// One day of the programme, room by room (in the rooms' order, then sessions without a room), each
// room's sessions by time. A single column on a phone; cards never need sideways scrolling.
export async function DayView({ agenda, sessions, locale, editHref }: DayViewProps) {
  const t = await getTranslations("agenda");
  const groups = [
    ...agenda.rooms.map((room) => ({ key: room.id, name: room.name, sessions: sessions.filter((s) => s.roomId === room.id) })),
    { key: "none", name: t("page.noRoom"), sessions: sessions.filter((s) => s.roomId === null) },
  ].filter((group) => group.sessions.length > 0);
  const trackOf = (id: string | null) => agenda.tracks.find((track) => track.id === id);
  const clashing = clashingSessions(agenda, sessions);

  if (groups.length === 0) return <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-600">{t("page.empty")}</p>;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`room-${group.key}`}>
          <h3 id={`room-${group.key}`} className="text-base font-semibold">
            {group.name} <span className="text-sm font-normal text-slate-600">· {t("page.sessionCount", { count: group.sessions.length })}</span>
          </h3>
          <ol className="mt-2 space-y-2">
            {group.sessions.map((session) => {
              const track = trackOf(session.trackId);
              return (
                <li key={session.id} className={`rounded-md border bg-white p-3 ${session.cancelled ? "border-red-200 bg-red-50/50" : "border-slate-200"}`} style={track?.color ? { borderLeft: `4px solid ${track.color}` } : undefined}>
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                    <p className="text-sm font-medium tabular-nums text-slate-700">{sessionTimeRange(session.startsAt, session.endsAt, agenda.timeZone, locale)}</p>
                    <p className="flex flex-wrap gap-1 text-xs">
                      <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">{t(`kind.${session.kind}`)}</span>
                      {session.cancelled && <span className="rounded bg-red-100 px-1.5 py-0.5 font-semibold text-red-800">{t("page.cancelled")}</span>}
                      {!session.cancelled && session.sequence > 0 && <span className="rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900">{t("page.changed")}</span>}
                      {clashing.has(session.id) && (
                        <span title={t("page.clashHint")} className="rounded border border-red-300 bg-white px-1.5 py-0.5 font-semibold text-red-800">
                          {t("page.clash")}
                        </span>
                      )}
                    </p>
                  </div>
                  <p className={`mt-1 break-words font-semibold ${session.cancelled ? "line-through decoration-red-700" : ""}`}>
                    <Link href={editHref(session.id)} className="hover:underline">
                      {session.title}
                    </Link>
                  </p>
                  {session.speakers.length > 0 && (
                    <p className="mt-1 break-words text-sm text-slate-700">
                      <span className="sr-only">{t("page.speakersLabel")}: </span>
                      {session.speakers.map((s) => `${s.speaker.name} (${t(`role.${s.role}`)})`).join(", ")}
                    </p>
                  )}
                  <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600">
                    {track && <span>{track.name}</span>}
                    {session.capacity !== null && <span>{t("page.capacity", { count: session.capacity })}</span>}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}

// Sessions saved despite a warning stay visible as clashing (same room or same person at once), so
// a confirmed overlap is not forgotten. Days outside the event show in their own marked tab.
function clashingSessions(agenda: AgendaForEditor, sessions: EditorSession[]): Set<string> {
  const scheduled = sessions.map((s) => ({
    ...s,
    roomName: null,
    speakers: s.speakers.map((x) => x.speaker),
  }));
  const clashing = new Set<string>();
  for (const session of scheduled) {
    const candidate = { ...session, speakerIds: session.speakers.map((s) => s.id) };
    if (detectConflicts(candidate, scheduled, agenda).some((c) => c.kind !== "outside_event")) clashing.add(session.id);
  }
  return clashing;
}
