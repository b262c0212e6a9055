import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { zonedDayKey } from "@/lib/time";
import { eventDays } from "./days";

export interface ScanEvent {
  id: string;
  organizationId: string;
  timeZone: string;
  days: string[];
}

/**
 * Where an actor may scan: at every event of an organisation they organise, and at the events
 * their door roles name. Not at every event of an organisation in which they hold checkin:scan:
 * a door role at one event opens no other event of its organisation.
 */
export function doorReach(actor: Actor): { organizing: string[]; assigned: string[] } {
  return {
    organizing: actor.roles.flatMap((g) => (g.role !== "CHECKIN_STAFF" && g.organizationId && ROLE_PERMISSIONS[g.role].includes("checkin:scan") ? [g.organizationId] : [])),
    assigned: actor.roles.flatMap((g) => (g.role === "CHECKIN_STAFF" && g.eventId ? [g.eventId] : [])),
  };
}

/**
 * Door staff may scan only for the event they are assigned to; organizers for their
 * organisation's. Checked before anything is read, so staff of another event learn nothing, not
 * even whether the event exists.
 */
export async function scanEventFor(actor: Actor | null, eventId: string): Promise<{ actor: Actor; event: ScanEvent }> {
  const allowed = authorize(actor, "checkin:scan", { eventId });
  const { organizing, assigned } = doorReach(allowed);
  const event = await db.event.findFirst({
    where: { id: eventId, OR: [{ organizationId: { in: organizing } }, { id: { in: assigned } }] },
    select: { id: true, organizationId: true, timeZone: true, startsAt: true, endsAt: true },
  });
  if (!event) throw new AppError("not_found");
  const days = eventDays(event.startsAt, event.endsAt, event.timeZone);
  return { actor: allowed, event: { id: event.id, organizationId: event.organizationId, timeZone: event.timeZone, days } };
}

/** Refuses a day the event does not run on, or a session of another event or day. */
export async function checkDayAndSession(event: ScanEvent, day: string, sessionId: string | null): Promise<void> {
  if (!event.days.includes(day)) throw invalidField("day", "attendance.errors.notEventDay");
  if (!sessionId) return;
  const session = await db.agendaSession.findFirst({ where: { id: sessionId, eventId: event.id }, select: { startsAt: true } });
  if (!session || zonedDayKey(session.startsAt, event.timeZone) !== day) throw invalidField("sessionId", "attendance.errors.badSession");
}

/** How far a device clock may run ahead of the server's; a time this close to the server's is its own. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** How far before the first day or after the last an offline scan may be dated (set-up, a late session). */
const EVENT_DAYS_TOLERANCE_MS = 12 * 60 * 60 * 1000;

/**
 * When a scan happened, or null when the device's time cannot be right. Later than the server's
 * clock (beyond a little skew) is refused; a time within minutes of the server's clock counts (at
 * the server's time when ahead), whatever the event's dates, as for a rehearsal before the event.
 * Anything older was made offline and must fall inside the event's days, 12 hours either side:
 * a phone whose clock reset to 1970 would otherwise date every check-in first.
 */
export function plausibleScanTime(scannedAt: Date | undefined, now: Date, event: ScanEvent): Date | null {
  if (!scannedAt) return now;
  const at = scannedAt.getTime();
  if (at > now.getTime() + CLOCK_SKEW_MS) return null;
  if (at >= now.getTime() - CLOCK_SKEW_MS) return at < now.getTime() ? scannedAt : now;
  const [first, last] = [event.days[0], event.days.at(-1)];
  if (!first || !last) return null;
  const afterStart = zonedDayKey(new Date(at + EVENT_DAYS_TOLERANCE_MS), event.timeZone) >= first;
  const beforeEnd = zonedDayKey(new Date(at - EVENT_DAYS_TOLERANCE_MS), event.timeZone) <= last;
  return afterStart && beforeEnd ? scannedAt : null;
}
