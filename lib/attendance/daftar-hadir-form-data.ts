import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { zonedDayKey } from "@/lib/time";
import { defaultEventDay, eventDays } from "./days";

/**
 * What the daftar hadir section of the Dokumen page offers: the event's days (today's first when
 * it runs today), its sessions by day, and the sign-off as set. For organisers of the event.
 */
export async function getDaftarHadirFormData(actor: Actor | null, eventId: string, now = new Date()) {
  const organizationId = organizationScope(actor, "event:manage");
  const event = await db.event.findFirst({
    where: { id: eventId, organizationId },
    select: {
      id: true, timeZone: true, startsAt: true, endsAt: true, status: true, venueCity: true,
      sessions: { where: { cancelled: false }, orderBy: { startsAt: "asc" }, select: { id: true, title: true, startsAt: true, endsAt: true } },
      attendanceSignOff: { select: { roleLines: true, name: true, nip: true, place: true } },
    },
  });
  if (!event) return null;
  const days = eventDays(event.startsAt, event.endsAt, event.timeZone);
  return {
    eventId: event.id,
    timeZone: event.timeZone,
    archived: event.status === "ARCHIVED",
    venueCity: event.venueCity,
    days,
    defaultDay: defaultEventDay(days, now, event.timeZone),
    sessions: event.sessions.map((s) => ({ ...s, day: zonedDayKey(s.startsAt, event.timeZone) })),
    signOff: event.attendanceSignOff,
  };
}
