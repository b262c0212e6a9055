import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { AttendanceMode, EventMode, EventStatus, SessionKind, SpeakerRole, UnitType } from "@/lib/generated/prisma/enums";
import { zonedDayKey } from "@/lib/time";
import { dateToDayKey, eventDays } from "@/lib/attendance/days";
import { pressReleaseTemplate } from "./press-release-template";
import type { PressReleaseText } from "./schema";

// The facts of one meeting as held, gathered once for the laporan kegiatan, the siaran pers and
// (later) the SPJ pack. "Attended" on a day means a check-in of any mode on that day (the whole
// day or one of its sessions), of a registration still confirmed, as the daftar hadir counts.

const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });

export interface Tally {
  registered: number;
  attended: number;
}

export interface ReportFacts {
  event: {
    id: string;
    slug: string;
    title: string;
    theme: string | null;
    slogan: string | null;
    venueName: string;
    venueRoom: string | null;
    venueAddress: string | null;
    venueCity: string | null;
    timeZone: string;
    mode: EventMode;
    status: EventStatus;
    startsAt: Date;
    endsAt: Date;
    organizationId: string;
  };
  organization: { name: string; shortName: string | null };
  /** Day keys of the event's zone, first to last. */
  days: string[];
  /** Confirmed registrations. */
  registered: number;
  registeredOnline: number;
  /** Whether anyone has been checked in at all: without it the figures say "not recorded yet". */
  attendanceRecorded: boolean;
  /** People present on at least one day; on site at least once, or only ever online. */
  attended: number;
  attendedOnSite: number;
  attendedOnlineOnly: number;
  perDay: (Tally & { day: string; onSite: number; online: number })[];
  /** By the unit's province; the organiser's own people (no unit) under null, last. */
  perProvince: (Tally & { province: string | null })[];
  /** By the unit's type; the organiser's own people (no unit) under null. */
  perUnitType: (Tally & { type: UnitType | null; units: number })[];
  invitedUnits: number;
  /** Units with at least one person present (or registered, before any check-in). */
  unitsPresent: number;
  /** Invited units of which nobody attended (nobody registered, before any check-in). */
  absentUnits: { name: string; province: string; seats: number; registered: number }[];
  sessions: {
    title: string;
    kind: SessionKind;
    day: string;
    startsAt: Date;
    endsAt: Date;
    room: string | null;
    cancelled: boolean;
    speakers: { name: string; title: string | null; organization: string | null; role: SpeakerRole }[];
  }[];
  announcements: { body: string; createdAt: Date; sessionTitle: string | null }[];
}

/** The facts of an event of the actor's organisation, or null when it is not one. */
export async function getReportFacts(actor: Actor | null, eventId: string): Promise<ReportFacts | null> {
  const organizationId = organizationScope(actor, "event:manage");
  const event = await db.event.findFirst({
    where: { id: eventId, organizationId },
    select: {
      id: true, slug: true, title: true, theme: true, slogan: true, venueName: true, venueRoom: true, venueAddress: true, venueCity: true,
      timeZone: true, mode: true, status: true, startsAt: true, endsAt: true, organizationId: true,
      organization: { select: { name: true, shortName: true } },
    },
  });
  if (!event) return null;
  const [registrations, quotas, sessions, announcements] = await Promise.all([
    db.registration.findMany({
      where: { eventId, status: "CONFIRMED" },
      select: {
        attendanceMode: true,
        unitId: true,
        unit: { select: { type: true, regionalOffice: { select: { province: true } } } },
        checkIns: { select: { day: true, mode: true } },
      },
    }),
    db.unitQuota.findMany({ where: { eventId }, select: { seats: true, unit: { select: { id: true, name: true, regionalOffice: { select: { province: true } } } } } }),
    db.agendaSession.findMany({
      where: { eventId },
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
      select: {
        title: true, kind: true, startsAt: true, endsAt: true, cancelled: true, room: { select: { name: true } },
        speakers: { orderBy: { sortOrder: "asc" }, select: { role: true, speaker: { select: { name: true, title: true, organization: true } } } },
      },
    }),
    db.announcement.findMany({ where: { eventId }, orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true, session: { select: { title: true } } } }),
  ]);
  const { organization, ...eventFacts } = event;
  const days = eventDays(event.startsAt, event.endsAt, event.timeZone);
  return {
    event: eventFacts,
    organization,
    days,
    sessions: sessions.map((s) => ({
      title: s.title, kind: s.kind, day: zonedDayKey(s.startsAt, event.timeZone), startsAt: s.startsAt, endsAt: s.endsAt, room: s.room?.name ?? null, cancelled: s.cancelled,
      speakers: s.speakers.map((link) => ({ ...link.speaker, role: link.role })),
    })),
    announcements: announcements.map((a) => ({ body: a.body, createdAt: a.createdAt, sessionTitle: a.session?.title ?? null })),
    ...countAttendance(days, registrations, quotas),
  };
}

interface CountedRegistration {
  attendanceMode: AttendanceMode;
  unitId: string | null;
  unit: { type: UnitType; regionalOffice: { province: string } } | null;
  checkIns: { day: Date; mode: AttendanceMode }[];
}

type Counts = Pick<ReportFacts, "registered" | "registeredOnline" | "attendanceRecorded" | "attended" | "attendedOnSite" | "attendedOnlineOnly" | "perDay" | "perProvince" | "perUnitType" | "invitedUnits" | "unitsPresent" | "absentUnits">;

function countAttendance(days: string[], registrations: CountedRegistration[], quotas: { seats: number; unit: { id: string; name: string; regionalOffice: { province: string } } }[]): Counts {
  const perDay = days.map((day) => ({ day, registered: registrations.length, attended: 0, onSite: 0, online: 0 }));
  const provinces = new Map<string | null, Tally>();
  const types = new Map<UnitType | null, Tally & { unitIds: Set<string>; presentUnitIds: Set<string> }>();
  const unitRegistered = new Map<string, number>();
  const unitPresent = new Set<string>();
  let attended = 0;
  let attendedOnSite = 0;
  const attendanceRecorded = registrations.some((r) => r.checkIns.length > 0);
  for (const r of registrations) {
    const daysPresent = new Map<string, AttendanceMode>();
    for (const checkIn of r.checkIns) {
      const day = dateToDayKey(checkIn.day);
      // A person on site for one session and online for another counts as on site that day.
      if (daysPresent.get(day) !== "ON_SITE") daysPresent.set(day, checkIn.mode);
    }
    for (const [day, mode] of daysPresent) {
      const tally = perDay.find((d) => d.day === day);
      if (!tally) continue;
      tally.attended += 1;
      if (mode === "ON_SITE") tally.onSite += 1;
      else tally.online += 1;
    }
    const present = daysPresent.size > 0;
    if (present) attended += 1;
    if ([...daysPresent.values()].includes("ON_SITE")) attendedOnSite += 1;
    const province = r.unit?.regionalOffice.province ?? null;
    const area = provinces.get(province) ?? { registered: 0, attended: 0 };
    area.registered += 1;
    if (present) area.attended += 1;
    provinces.set(province, area);
    const type = r.unit?.type ?? null;
    const group = types.get(type) ?? { registered: 0, attended: 0, unitIds: new Set<string>(), presentUnitIds: new Set<string>() };
    group.registered += 1;
    if (present) group.attended += 1;
    if (r.unitId) {
      group.unitIds.add(r.unitId);
      if (present) group.presentUnitIds.add(r.unitId);
      unitRegistered.set(r.unitId, (unitRegistered.get(r.unitId) ?? 0) + 1);
      if (present) unitPresent.add(r.unitId);
    }
    types.set(type, group);
  }
  const invited = quotas.filter((q) => q.seats > 0);
  const sent = (unitId: string) => (attendanceRecorded ? unitPresent.has(unitId) : unitRegistered.has(unitId));
  return {
    registered: registrations.length,
    registeredOnline: registrations.filter((r) => r.attendanceMode === "ONLINE").length,
    attendanceRecorded,
    attended,
    attendedOnSite,
    attendedOnlineOnly: attended - attendedOnSite,
    perDay,
    perProvince: [...provinces.entries()].map(([province, tally]) => ({ province, ...tally })).sort((a, b) => (a.province === null ? 1 : b.province === null ? -1 : collator.compare(a.province, b.province))),
    perUnitType: [...types.entries()]
      .map(([type, g]) => ({ type, registered: g.registered, attended: g.attended, units: attendanceRecorded ? g.presentUnitIds.size : g.unitIds.size }))
      .sort((a, b) => UNIT_TYPE_ORDER.indexOf(a.type) - UNIT_TYPE_ORDER.indexOf(b.type)),
    invitedUnits: invited.length,
    unitsPresent: new Set([...(attendanceRecorded ? unitPresent : unitRegistered.keys())]).size,
    absentUnits: invited
      .filter((q) => !sent(q.unit.id))
      .map((q) => ({ name: q.unit.name, province: q.unit.regionalOffice.province, seats: q.seats, registered: unitRegistered.get(q.unit.id) ?? 0 }))
      .sort((a, b) => collator.compare(a.province, b.province) || collator.compare(a.name, b.name)),
  };
}

const UNIT_TYPE_ORDER: (UnitType | null)[] = [null, "LAPAS", "RUTAN", "BAPAS", "LPKA", "RUPBASAN", "OTHER"];

export interface PressReleaseDraft {
  facts: ReportFacts;
  /** What the template writes from the facts today. */
  template: PressReleaseText;
  /** Humas's edited text, printed instead of the template when present. */
  saved: (PressReleaseText & { updatedAt: Date }) | null;
}

/** The siaran pers of an event of the actor's organisation: the template and the saved edit, if any. */
export async function getPressReleaseDraft(actor: Actor | null, eventId: string): Promise<PressReleaseDraft | null> {
  const facts = await getReportFacts(actor, eventId);
  if (!facts) return null;
  // Read by the event the facts query has just authorized.
  const saved = await db.pressRelease.findUnique({ where: { eventId: facts.event.id }, select: { title: true, body: true, updatedAt: true } });
  return { facts, template: pressReleaseTemplate(facts), saved };
}
