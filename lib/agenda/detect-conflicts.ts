import { zonedDayKey } from "@/lib/time";

// Agenda conflicts are warnings, not refusals: an organizer may knowingly put two short talks in
// one room or let an MC open two parallel sessions. The save shows them and waits for a confirmation.

export interface ConflictCandidate {
  /** The session being edited; absent for a new one. */
  id?: string;
  startsAt: Date;
  endsAt: Date;
  roomId: string | null;
  speakerIds: readonly string[];
  cancelled?: boolean;
}

export interface ScheduledSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  roomId: string | null;
  roomName: string | null;
  cancelled: boolean;
  speakers: readonly { id: string; name: string }[];
}

export interface EventSpan {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

export type Conflict =
  | { kind: "room_overlap"; sessionId: string; title: string; startsAt: Date; endsAt: Date; roomName: string }
  | { kind: "speaker_overlap"; sessionId: string; title: string; startsAt: Date; endsAt: Date; speakerName: string }
  | { kind: "outside_event"; eventStartDay: string; eventEndDay: string };

// Half-open intervals: a session ending at 10:00 and one starting at 10:00 do not overlap.
const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

// The calendar day an end time belongs to: a session ending at 00:00 ends on the day before.
const lastDayKey = (end: Date, timeZone: string) => zonedDayKey(new Date(end.getTime() - 1), timeZone);

/**
 * The conflicts a session would have with the rest of the programme: another session in the same
 * room at an overlapping time, a speaker due in another session at the same time, and days outside
 * the event's own days (counted on the event's clock). Cancelled sessions conflict with nothing.
 */
export function detectConflicts(candidate: ConflictCandidate, others: readonly ScheduledSession[], event: EventSpan): Conflict[] {
  if (candidate.cancelled) return [];
  const conflicts: Conflict[] = [];
  const eventStartDay = zonedDayKey(event.startsAt, event.timeZone);
  const eventEndDay = lastDayKey(event.endsAt, event.timeZone);
  const firstDay = zonedDayKey(candidate.startsAt, event.timeZone);
  const lastDay = lastDayKey(candidate.endsAt, event.timeZone);
  if (firstDay < eventStartDay || lastDay > eventEndDay) conflicts.push({ kind: "outside_event", eventStartDay, eventEndDay });

  const speakerIds = new Set(candidate.speakerIds);
  for (const other of others) {
    if (other.id === candidate.id || other.cancelled || !overlaps(candidate, other)) continue;
    const base = { sessionId: other.id, title: other.title, startsAt: other.startsAt, endsAt: other.endsAt };
    if (candidate.roomId !== null && other.roomId === candidate.roomId) {
      conflicts.push({ kind: "room_overlap", ...base, roomName: other.roomName ?? "" });
    }
    for (const speaker of other.speakers) {
      if (speakerIds.has(speaker.id)) conflicts.push({ kind: "speaker_overlap", ...base, speakerName: speaker.name });
    }
  }
  return conflicts;
}
