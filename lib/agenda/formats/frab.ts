import { createHash } from "node:crypto";
import { pad } from "@/lib/time/wall-clock";
import { toZonedInputValue, utcOffsetMinutes, zonedDayKey } from "@/lib/time";
import { sessionPath } from "../public/paths";
import { groupByDay } from "../public/schedule";
import type { PublicAgenda, PublicSession } from "../public/model";

// The agenda in the frab/pentabarf schedule model that conference apps read (schedule.xml and the
// same data as schedule.json). Built once here; xml.ts and json.ts only serialise it.

export interface FrabLabels {
  /** Room name for sessions outside the meeting rooms (breaks in the foyer). */
  noRoom: string;
  /** Put before a cancelled session's title: the format has no status field. */
  cancelledPrefix: string;
  /** Track name for a session without a track, by kind. */
  kind: (kind: PublicSession["kind"]) => string;
}

export interface FrabEvent {
  id: number;
  guid: string;
  date: string;
  start: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: { id: number; name: string }[];
}

export interface FrabDay {
  index: number;
  date: string;
  start: string;
  end: string;
  rooms: { name: string; events: FrabEvent[] }[];
}

export interface FrabSchedule {
  version: string;
  baseUrl: string;
  conference: { acronym: string; title: string; start: string; end: string; days: number; timeslotDuration: string; timeZone: string };
  rooms: string[];
  days: FrabDay[];
}

/** A positive integer id for a string id (the format wants integers); 48 bits of SHA-256, stable. */
export function numericId(kind: string, id: string): number {
  return Number.parseInt(createHash("sha256").update(`${kind}:${id}`).digest("hex").slice(0, 12), 16) + 1;
}

/** A stable name-based UUID (version 5 layout) for a session, as frab's guid. */
export function sessionGuid(sessionId: string): string {
  const hex = createHash("sha1").update(`rakor-session:${sessionId}`).digest("hex");
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** "2024-09-24T09:00:00+07:00": the instant on the event's clock with its offset. */
export function zonedDateTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const offset = utcOffsetMinutes(timeZone, instant);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${toZonedInputValue(instant, timeZone)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function duration(startsAt: string, endsAt: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000));
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function frabSchedule(agenda: PublicAgenda, baseUrl: string, labels: FrabLabels): FrabSchedule {
  const { event } = agenda;
  const zone = event.timeZone;
  const base = baseUrl.replace(/\/+$/, "");
  const roomNames = new Map(agenda.rooms.map((r) => [r.id, r.name]));
  const trackNames = new Map(agenda.tracks.map((t) => [t.id, t.name]));
  const speakers = new Map(agenda.speakers.map((s) => [s.id, s.name]));
  const roomOf = (s: PublicSession) => (s.roomId && roomNames.get(s.roomId)) || labels.noRoom;
  const roomOrder = [...agenda.rooms.map((r) => r.name), labels.noRoom];

  const toEvent = (s: PublicSession): FrabEvent => {
    const id = numericId("session", s.id);
    return {
      id,
      guid: sessionGuid(s.id),
      date: zonedDateTime(s.startsAt, zone),
      start: toZonedInputValue(new Date(s.startsAt), zone).slice(11, 16),
      duration: duration(s.startsAt, s.endsAt),
      room: roomOf(s),
      slug: `${event.slug}-${id}`,
      url: `${base}${sessionPath(event.slug, s.id)}`,
      title: s.cancelled ? `${labels.cancelledPrefix}${s.title}` : s.title,
      subtitle: "",
      track: (s.trackId && trackNames.get(s.trackId)) || labels.kind(s.kind),
      type: s.kind.toLowerCase(),
      language: "id",
      abstract: s.description ?? "",
      description: s.description ?? "",
      persons: s.speakers
        .map((sp) => ({ id: numericId("speaker", sp.speakerId), name: speakers.get(sp.speakerId) ?? "" }))
        .filter((p) => p.name !== ""),
    };
  };

  let days: FrabDay[] = groupByDay(agenda.sessions, zone).map((day, index) => ({
    index: index + 1,
    date: day.key,
    start: zonedDateTime(day.sessions[0]!.startsAt, zone),
    end: zonedDateTime(new Date(Math.max(...day.sessions.map((s) => Date.parse(s.endsAt)))).toISOString(), zone),
    rooms: roomOrder
      .map((name) => ({ name, events: day.sessions.filter((s) => roomOf(s) === name).map(toEvent) }))
      .filter((room) => room.events.length > 0),
  }));
  // The format needs at least one day: an agenda with no sessions yet is the event's first day, empty.
  if (days.length === 0) {
    days = [{ index: 1, date: zonedDayKey(new Date(event.startsAt), zone), start: zonedDateTime(event.startsAt, zone), end: zonedDateTime(event.endsAt, zone), rooms: [] }];
  }
  const usedRooms = roomOrder.filter((name) => days.some((d) => d.rooms.some((r) => r.name === name)));
  return {
    version: agenda.updatedAt,
    baseUrl: `${base}/e/${event.slug}`,
    conference: {
      acronym: event.slug,
      title: event.title,
      start: zonedDayKey(new Date(event.startsAt), zone),
      end: zonedDayKey(new Date(event.endsAt), zone),
      days: days.length,
      timeslotDuration: "00:15",
      timeZone: zone,
    },
    rooms: usedRooms,
    days,
  };
}
