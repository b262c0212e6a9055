import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { dateToDayKey, eventDays } from "@/lib/attendance/days";
import { db } from "@/lib/db";

const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });

export interface UnitAttendance {
  unitName: string;
  province: string | null;
  /** Seats the unit was invited with; null for people without a unit (guests of the open form). */
  seats: number | null;
  registered: number;
  /** People present on each event day (any check-in that day, on site or online), in `days` order. */
  presentByDay: number[];
  onlineByDay: number[];
}

/**
 * Per invited unit: seats, registered people and how many were present each day, for the SPJ.
 * Invited units that sent nobody are listed with zeros. For organizers of the event's organisation.
 */
export async function getAttendanceSummary(actor: Actor | null, eventId: string) {
  const organizationId = organizationScope(actor, "event:manage");
  const event = await db.event.findFirst({
    where: { id: eventId, organizationId },
    select: {
      id: true, slug: true, title: true, theme: true, timeZone: true, startsAt: true, endsAt: true, organizationId: true,
      venueName: true, venueRoom: true, venueAddress: true, venueCity: true, organization: { select: { name: true } },
    },
  });
  if (!event) return null;
  const days = eventDays(event.startsAt, event.endsAt, event.timeZone);
  const [quotas, registrations] = await Promise.all([
    db.unitQuota.findMany({ where: { eventId }, select: { seats: true, unitId: true, unit: { select: { name: true, regionalOffice: { select: { province: true } } } } } }),
    db.registration.findMany({
      where: { eventId, OR: [{ status: "CONFIRMED" }, { checkIns: { some: {} } }] },
      select: { id: true, unitId: true, unit: { select: { name: true, regionalOffice: { select: { province: true } } } }, checkIns: { select: { day: true, mode: true } } },
    }),
  ]);
  const units = new Map<string, UnitAttendance>();
  const blank = (unitName: string, province: string | null, seats: number | null): UnitAttendance => ({ unitName, province, seats, registered: 0, presentByDay: days.map(() => 0), onlineByDay: days.map(() => 0) });
  for (const quota of quotas) units.set(quota.unitId, blank(quota.unit.name, quota.unit.regionalOffice.province, quota.seats));
  for (const registration of registrations) {
    const key = registration.unitId ?? "";
    let unit = units.get(key);
    if (!unit) {
      unit = blank(registration.unit?.name ?? event.organization.name, registration.unit?.regionalOffice.province ?? null, null);
      units.set(key, unit);
    }
    unit.registered += 1;
    // A person checked in to two sessions of a day is one person present that day.
    const byDay = new Map<string, "ON_SITE" | "ONLINE">();
    for (const checkIn of registration.checkIns) {
      const day = dateToDayKey(checkIn.day);
      if (byDay.get(day) !== "ON_SITE") byDay.set(day, checkIn.mode);
    }
    for (const [day, mode] of byDay) {
      const index = days.indexOf(day);
      if (index < 0) continue;
      unit.presentByDay[index]! += 1;
      if (mode === "ONLINE") unit.onlineByDay[index]! += 1;
    }
  }
  const rows = [...units.values()].sort((a, b) => collator.compare(a.province ?? "\uffff", b.province ?? "\uffff") || collator.compare(a.unitName, b.unitName));
  return { event, days, units: rows };
}

export type AttendanceSummary = NonNullable<Awaited<ReturnType<typeof getAttendanceSummary>>>;
