import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { zonedDayKey } from "@/lib/time";
import { DAY_KEY, dayKeyToDate, defaultEventDay, eventDays } from "./days";

const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });
const BUCKET_MS = 15 * 60 * 1000;

interface Tally {
  registered: number;
  present: number;
}

/**
 * Attendance as it happens, for the organizer's screen: present against registered for the day
 * (or session), by unit and by province, arrivals per quarter hour, who each unit is still missing,
 * and the online participants the organizer may mark present.
 */
export async function getLiveAttendance(actor: Actor | null, eventId: string, requestedDay: string | null, sessionId: string | null, now = new Date()) {
  const organizationId = organizationScope(actor, "event:manage");
  const event = await db.event.findFirst({
    where: { id: eventId, organizationId },
    select: { id: true, title: true, timeZone: true, startsAt: true, endsAt: true, requireSignature: true, organization: { select: { name: true } } },
  });
  if (!event) return null;
  const days = eventDays(event.startsAt, event.endsAt, event.timeZone);
  const day = requestedDay && DAY_KEY.test(requestedDay) && days.includes(requestedDay) ? requestedDay : defaultEventDay(days, now, event.timeZone);
  const sessions = (await db.agendaSession.findMany({ where: { eventId, cancelled: false }, orderBy: { startsAt: "asc" }, select: { id: true, title: true, startsAt: true } }))
    .filter((s) => zonedDayKey(s.startsAt, event.timeZone) === day);
  const session = sessions.find((s) => s.id === sessionId) ?? null;
  const onDay = { day: dayKeyToDate(day), scope: session?.id ?? "" };
  const registrations = await db.registration.findMany({
    where: { eventId, status: "CONFIRMED" },
    select: {
      id: true, name: true, attendanceMode: true,
      unit: { select: { name: true, regionalOffice: { select: { province: true } } } },
      checkIns: { where: onDay, select: { checkedInAt: true, mode: true } },
    },
  });

  const units = new Map<string, Tally & { unitName: string; province: string; missing: string[] }>();
  const provinces = new Map<string, Tally & { province: string }>();
  const arrivals = new Map<number, number>();
  const online: { id: string; name: string; unitName: string; presentMode: "ON_SITE" | "ONLINE" | null }[] = [];
  for (const r of registrations) {
    const unitName = r.unit?.name ?? event.organization.name;
    const province = r.unit?.regionalOffice.province ?? "-";
    const checkIn = r.checkIns[0];
    const unit = units.get(unitName) ?? { unitName, province, registered: 0, present: 0, missing: [] };
    const area = provinces.get(province) ?? { province, registered: 0, present: 0 };
    unit.registered += 1;
    area.registered += 1;
    if (checkIn) {
      unit.present += 1;
      area.present += 1;
      const bucket = Math.floor(checkIn.checkedInAt.getTime() / BUCKET_MS) * BUCKET_MS;
      arrivals.set(bucket, (arrivals.get(bucket) ?? 0) + 1);
    } else {
      unit.missing.push(r.name);
    }
    units.set(unitName, unit);
    provinces.set(province, area);
    if (r.attendanceMode === "ONLINE") online.push({ id: r.id, name: r.name, unitName, presentMode: checkIn?.mode ?? null });
  }
  const byName = <T extends { name?: string; unitName?: string; province?: string }>(key: keyof T) => (a: T, b: T) => collator.compare(String(a[key]), String(b[key]));
  return {
    event: { ...event, days },
    day,
    sessions,
    session,
    registered: registrations.length,
    present: registrations.filter((r) => r.checkIns.length > 0).length,
    presentOnline: registrations.filter((r) => r.checkIns[0]?.mode === "ONLINE").length,
    units: [...units.values()].map((u) => ({ ...u, missing: u.missing.sort(collator.compare) })).sort(byName("unitName")),
    provinces: [...provinces.values()].sort(byName("province")),
    arrivals: [...arrivals.entries()].sort(([a], [b]) => a - b).map(([at, count]) => ({ at: new Date(at), count })),
    online: online.sort(byName("name")),
  };
}

export type LiveAttendance = NonNullable<Awaited<ReturnType<typeof getLiveAttendance>>>;
