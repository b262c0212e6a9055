import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { parseInZone, toZonedInputValue, zonedDayKey } from "@/lib/time";
import type { DaftarHadirRequest } from "./daftar-hadir-request";
import { dayKeyToDate, eventDays } from "./days";

const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });

export type AttendanceMode = "ON_SITE" | "ONLINE";

export interface SheetRow {
  name: string;
  nip: string | null;
  rank: string | null;
  position: string | null;
  unitName: string;
  province: string | null;
  /** Null for someone who did not come (and on a blank sheet). */
  checkedInAt: Date | null;
  /** Who recorded the check-in (the organiser who marked an online participant present). */
  recordedBy: string | null;
  signature: Uint8Array | null;
}

export interface UnitSummary {
  unitName: string;
  province: string | null;
  registered: number;
  present: number;
}

export interface SignOffData {
  roleLines: string;
  name: string;
  nip: string | null;
  place: string | null;
}

/**
 * One daftar hadir: the on-site or the online people of one day (or session), those present first
 * and then, as asked, those who did not come, each part by unit then name with Indonesian rules.
 * A person is on the sheet of the way they were checked in, or else of the way they registered.
 * Everyone confirmed counts, plus anyone checked in whose registration has changed since. For
 * organisers of the event's organisation.
 */
export async function getAttendanceSheet(actor: Actor | null, eventId: string, request: DaftarHadirRequest) {
  const organizationId = organizationScope(actor, "event:manage");
  const event = await db.event.findFirst({
    where: { id: eventId, organizationId },
    select: {
      id: true, slug: true, title: true, timeZone: true, startsAt: true, endsAt: true, organizationId: true,
      venueName: true, venueRoom: true, venueAddress: true, venueCity: true, organization: { select: { name: true } },
      attendanceSignOff: { select: { roleLines: true, name: true, nip: true, place: true } },
    },
  });
  if (!event) return null;
  const { day, sheet, absent } = request;
  if (!eventDays(event.startsAt, event.endsAt, event.timeZone).includes(day)) throw invalidField("day", "attendance.errors.notEventDay");
  const daySessions = (await db.agendaSession.findMany({ where: { eventId, cancelled: false }, orderBy: { startsAt: "asc" }, select: { id: true, title: true, startsAt: true, endsAt: true } }))
    .filter((s) => zonedDayKey(s.startsAt, event.timeZone) === day);
  const session = request.sessionId
    ? (daySessions.find((s) => s.id === request.sessionId) ??
      (await db.agendaSession.findFirst({ where: { id: request.sessionId, eventId }, select: { id: true, title: true, startsAt: true, endsAt: true } })))
    : null;
  if (request.sessionId && (!session || zonedDayKey(session.startsAt, event.timeZone) !== day)) throw invalidField("sessionId", "attendance.errors.badSession");

  const mode: AttendanceMode = sheet === "online" ? "ONLINE" : "ON_SITE";
  const blank = absent === "blank";
  const onDay = { day: dayKeyToDate(day), scope: session?.id ?? "" };
  const registrations = await db.registration.findMany({
    where: blank ? { eventId, status: "CONFIRMED", attendanceMode: mode } : { eventId, OR: [{ status: "CONFIRMED" }, { checkIns: { some: onDay } }] },
    select: {
      name: true, nip: true, rank: true, position: true, attendanceMode: true,
      unit: { select: { name: true, regionalOffice: { select: { province: true } } } },
      checkIns: { where: onDay, select: { checkedInAt: true, mode: true, signature: mode === "ON_SITE" && !blank, checkedInBy: { select: { name: true } } } },
    },
  });
  const rows: (SheetRow & { present: boolean })[] = [];
  for (const r of registrations) {
    // A blank sheet is printed before the day: nobody on it has come yet.
    const checkIn = blank ? undefined : r.checkIns[0];
    if ((checkIn?.mode ?? r.attendanceMode) !== mode) continue;
    rows.push({
      name: r.name,
      nip: r.nip,
      rank: r.rank,
      position: r.position,
      unitName: r.unit?.name ?? event.organization.name,
      province: r.unit?.regionalOffice.province ?? null,
      checkedInAt: checkIn?.checkedInAt ?? null,
      recordedBy: checkIn?.checkedInBy?.name ?? null,
      signature: checkIn?.signature ?? null,
      present: Boolean(checkIn),
    });
  }
  rows.sort((a, b) => Number(b.present) - Number(a.present) || collator.compare(a.unitName, b.unitName) || collator.compare(a.name, b.name));
  const present = rows.filter((r) => r.present).length;
  const { attendanceSignOff, ...eventData } = event;
  return {
    event: eventData,
    day,
    session,
    sheet,
    absent,
    hours: session ? { start: session.startsAt, end: session.endsAt } : dayHours(event, day, daySessions),
    rows: rows.filter((r) => r.present || absent !== "omit").map(({ present: _present, ...row }) => row),
    present,
    units: summariseByUnit(rows),
    signOff: attendanceSignOff,
  };
}

export type AttendanceSheet = NonNullable<Awaited<ReturnType<typeof getAttendanceSheet>>>;

/** The day's hours: its agenda from the first start to the last end, else the event's own times on that day. */
function dayHours(event: { startsAt: Date; endsAt: Date; timeZone: string }, day: string, sessions: readonly { startsAt: Date; endsAt: Date }[]) {
  if (sessions.length > 0) {
    return { start: new Date(Math.min(...sessions.map((s) => s.startsAt.getTime()))), end: new Date(Math.max(...sessions.map((s) => s.endsAt.getTime()))) };
  }
  const at = (instant: Date) => parseInZone(`${day}T${toZonedInputValue(instant, event.timeZone).slice(11)}`, event.timeZone) ?? instant;
  return { start: at(event.startsAt), end: at(event.endsAt) };
}

/** Registered and present per unit, in the sheet's unit order: the figures the accountability report asks for. */
export function summariseByUnit(rows: readonly (SheetRow & { present?: boolean })[]): UnitSummary[] {
  const units = new Map<string, UnitSummary>();
  for (const row of [...rows].sort((a, b) => collator.compare(a.unitName, b.unitName))) {
    const unit = units.get(row.unitName) ?? { unitName: row.unitName, province: row.province, registered: 0, present: 0 };
    unit.registered += 1;
    if (row.present ?? row.checkedInAt) unit.present += 1;
    units.set(row.unitName, unit);
  }
  return [...units.values()];
}
