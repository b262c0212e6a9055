import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { zonedDayKey } from "@/lib/time";
import { eventDays } from "./days";

export interface ScanEvent {
  id: string;
  timeZone: string;
  days: string[];
}

/**
 * Door staff may scan only for the event they are assigned to; organizers for any. Checked before
 * anything is read, so staff of another event learn nothing, not even whether the event exists.
 */
export async function scanEventFor(actor: Actor | null, eventId: string): Promise<{ actor: Actor; event: ScanEvent }> {
  const allowed = authorize(actor, "checkin:scan", { eventId });
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, timeZone: true, startsAt: true, endsAt: true } });
  if (!event) throw new AppError("not_found");
  return { actor: allowed, event: { id: event.id, timeZone: event.timeZone, days: eventDays(event.startsAt, event.endsAt, event.timeZone) } };
}

/** Refuses a day the event does not run on, or a session of another event or day. */
export async function checkDayAndSession(event: ScanEvent, day: string, sessionId: string | null): Promise<void> {
  if (!event.days.includes(day)) throw invalidField("day", "attendance.errors.notEventDay");
  if (!sessionId) return;
  const session = await db.agendaSession.findFirst({ where: { id: sessionId, eventId: event.id }, select: { startsAt: true } });
  if (!session || zonedDayKey(session.startsAt, event.timeZone) !== day) throw invalidField("sessionId", "attendance.errors.badSession");
}

/** A device clock ahead of the server's cannot date a check-in in the future. */
export function scanTime(scannedAt: Date | undefined, now: Date): Date {
  return scannedAt && scannedAt.getTime() < now.getTime() ? scannedAt : now;
}
