import "server-only";
import { sessionTimeRange } from "@/lib/agenda/format";
import type { AgendaForEditor } from "@/lib/agenda/queries";
import { formatInZone, zoneLabel, type TimeLocale } from "@/lib/time";

/** What the session and announcement forms of this event offer, built on the server. */
export function sessionFormOptions(agenda: AgendaForEditor, locale: TimeLocale) {
  return {
    zone: { label: zoneLabel(agenda.timeZone, agenda.startsAt), timeZone: agenda.timeZone },
    rooms: agenda.rooms.map(({ id, name }) => ({ id, name })),
    tracks: agenda.tracks.map(({ id, name }) => ({ id, name })),
    speakers: agenda.speakers.map(({ id, name }) => ({ id, name })),
    sessionChoices: agenda.sessions.map((s) => ({
      id: s.id,
      label: `${formatInZone(s.startsAt, agenda.timeZone, locale, "dateShort")} ${sessionTimeRange(s.startsAt, s.endsAt, agenda.timeZone, locale)} · ${s.title}`,
    })),
  };
}
