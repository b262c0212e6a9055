import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { DAY_KEY, dayKeyToDate, eventDays } from "./days";

const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });

export interface SheetRow {
  name: string;
  nip: string | null;
  position: string | null;
  unitName: string;
  province: string | null;
  checkedInAt: Date | null;
  mode: "ON_SITE" | "ONLINE" | null;
  signature: Uint8Array | null;
}

export interface UnitSummary {
  unitName: string;
  province: string | null;
  registered: number;
  present: number;
}

/**
 * The daftar hadir of one day (and session): everyone confirmed, plus anyone checked in whose
 * registration has since changed, sorted by unit then name with Indonesian rules. For organizers.
 */
export async function getAttendanceSheet(actor: Actor | null, eventId: string, day: string, sessionId: string | null = null) {
  const organizationId = organizationScope(actor, "event:manage");
  if (!DAY_KEY.test(day)) throw invalidField("day", "attendance.errors.badDay");
  const event = await db.event.findFirst({
    where: { id: eventId, organizationId },
    select: {
      id: true, slug: true, title: true, timeZone: true, startsAt: true, endsAt: true,
      venueName: true, venueRoom: true, venueAddress: true, venueCity: true, organization: { select: { name: true } },
    },
  });
  if (!event) return null;
  if (!eventDays(event.startsAt, event.endsAt, event.timeZone).includes(day)) throw invalidField("day", "attendance.errors.notEventDay");
  const session = sessionId ? await db.agendaSession.findFirst({ where: { id: sessionId, eventId }, select: { id: true, title: true, startsAt: true, endsAt: true } }) : null;
  if (sessionId && !session) throw invalidField("sessionId", "attendance.errors.badSession");
  const onDay = { day: dayKeyToDate(day), scope: sessionId ?? "" };
  const registrations = await db.registration.findMany({
    where: { eventId, OR: [{ status: "CONFIRMED" }, { checkIns: { some: onDay } }] },
    select: {
      name: true, nip: true, position: true,
      unit: { select: { name: true, regionalOffice: { select: { province: true } } } },
      checkIns: { where: onDay, select: { checkedInAt: true, mode: true, signature: true } },
    },
  });
  const rows: SheetRow[] = registrations
    .map((r) => ({
      name: r.name,
      nip: r.nip,
      position: r.position,
      unitName: r.unit?.name ?? event.organization.name,
      province: r.unit?.regionalOffice.province ?? null,
      checkedInAt: r.checkIns[0]?.checkedInAt ?? null,
      mode: r.checkIns[0]?.mode ?? null,
      signature: r.checkIns[0]?.signature ?? null,
    }))
    .sort((a, b) => collator.compare(a.unitName, b.unitName) || collator.compare(a.name, b.name));
  return { event, day, session, rows, units: summariseByUnit(rows) };
}

export type AttendanceSheet = NonNullable<Awaited<ReturnType<typeof getAttendanceSheet>>>;

/** Registered and present per unit, in the sheet's order: the figures the accountability report asks for. */
export function summariseByUnit(rows: readonly SheetRow[]): UnitSummary[] {
  const units = new Map<string, UnitSummary>();
  for (const row of rows) {
    const unit = units.get(row.unitName) ?? { unitName: row.unitName, province: row.province, registered: 0, present: 0 };
    unit.registered += 1;
    if (row.checkedInAt) unit.present += 1;
    units.set(row.unitName, unit);
  }
  return [...units.values()];
}
