import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitType } from "@/lib/generated/prisma/enums";
import { INVITED_UNITS_PAGE_SIZE, SEAT_HOLDING_STATUSES, UNIT_PICKER_PAGE_SIZE } from "./constants";

// Reads for the organizer's "Units & quotas" page and the Lampiran. Each authorizes first; lists
// are paginated and count registrations with one grouped query per page, never one per row.

const seatHolding = { in: [...SEAT_HOLDING_STATUSES] };

function unitSearch(search: string | undefined): Prisma.UnitWhereInput {
  const text = search?.trim().slice(0, 100);
  if (!text) return {};
  return {
    OR: [
      { name: { contains: text, mode: "insensitive" } },
      { code: { contains: text, mode: "insensitive" } },
    ],
  };
}

function paging(total: number, requested: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pageCount);
  return { page, pageCount, pageSize, total, skip: (page - 1) * pageSize };
}

/** The numbers of the summary bar; null when the event does not exist. */
export async function getQuotaSummary(actor: Actor | null, eventId: string) {
  const organizationId = organizationScope(actor, "quota:manage");
  const event = await db.event.findFirst({ where: { id: eventId, organizationId }, select: { id: true, slug: true, title: true, status: true, capacity: true } });
  if (!event) return null;
  const [quotas, registered] = await Promise.all([
    db.unitQuota.aggregate({ where: { eventId }, _sum: { seats: true }, _count: true }),
    db.registration.count({ where: { eventId, status: seatHolding } }),
  ]);
  const totalSeats = quotas._sum.seats ?? 0;
  return {
    event,
    totalSeats,
    capacity: event.capacity,
    invitedUnits: quotas._count,
    registered,
    remaining: event.capacity - totalSeats,
    overAllocated: totalSeats > event.capacity,
  };
}

export type QuotaSummary = NonNullable<Awaited<ReturnType<typeof getQuotaSummary>>>;

export interface ListInvitedUnitsOptions {
  eventId: string;
  page?: number;
  /** Part of the unit's name or code. */
  search?: string;
  province?: string;
}

/** The invited units, by province then name, 50 a page, each with its seats and registrations. */
export async function listInvitedUnits(actor: Actor | null, options: ListInvitedUnitsOptions) {
  const organizationId = organizationScope(actor, "quota:manage");
  const province = options.province?.trim();
  const where: Prisma.UnitQuotaWhereInput = {
    eventId: options.eventId,
    event: { organizationId },
    unit: { ...unitSearch(options.search), ...(province ? { regionalOffice: { province } } : {}) },
  };
  const total = await db.unitQuota.count({ where });
  const { skip, ...pages } = paging(total, options.page ?? 1, INVITED_UNITS_PAGE_SIZE);
  const quotas = await db.unitQuota.findMany({
    where,
    orderBy: [{ unit: { regionalOffice: { province: "asc" } } }, { unit: { name: "asc" } }, { unitId: "asc" }],
    skip,
    take: INVITED_UNITS_PAGE_SIZE,
    select: {
      seats: true,
      unit: { select: { id: true, code: true, name: true, type: true, regionalOffice: { select: { province: true } } } },
    },
  });
  const unitIds = quotas.map((q) => q.unit.id);
  const counts = unitIds.length
    ? await db.registration.groupBy({
        by: ["unitId"],
        where: { eventId: options.eventId, unitId: { in: unitIds }, status: seatHolding },
        _count: { _all: true },
      })
    : [];
  const registered = new Map(counts.map((c) => [c.unitId, c._count._all]));
  return {
    ...pages,
    items: quotas.map(({ seats, unit }) => ({
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      type: unit.type,
      province: unit.regionalOffice.province,
      seats,
      registered: registered.get(unit.id) ?? 0,
    })),
  };
}

export type InvitedUnit = Awaited<ReturnType<typeof listInvitedUnits>>["items"][number];

/** Provinces and unit types that have units in the actor's organisation, for the bulk invitation and the list filter. */
export async function listQuotaFilterOptions(actor: Actor | null): Promise<{ provinces: string[]; types: UnitType[] }> {
  const organizationId = organizationScope(actor, "quota:manage");
  const [offices, types] = await Promise.all([
    db.regionalOffice.findMany({ where: { organizationId, units: { some: {} } }, select: { province: true }, orderBy: { province: "asc" } }),
    db.unit.groupBy({ by: ["type"], where: { organizationId }, orderBy: { type: "asc" } }),
  ]);
  return { provinces: offices.map((o) => o.province), types: types.map((t) => t.type) };
}

export interface ListUninvitedUnitsOptions {
  eventId: string;
  search?: string;
  page?: number;
}

/**
 * Units of the event's organisation it has not invited yet, by name, for the invite picker; none
 * for another organisation's event.
 */
export async function listUninvitedUnits(actor: Actor | null, options: ListUninvitedUnitsOptions) {
  const organizationId = organizationScope(actor, "quota:manage");
  const where: Prisma.UnitWhereInput = {
    organizationId,
    organization: { events: { some: { id: options.eventId } } },
    quotas: { none: { eventId: options.eventId } },
    ...unitSearch(options.search),
  };
  const total = await db.unit.count({ where });
  const { skip, ...pages } = paging(total, options.page ?? 1, UNIT_PICKER_PAGE_SIZE);
  const units = await db.unit.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip,
    take: UNIT_PICKER_PAGE_SIZE,
    select: { id: true, code: true, name: true, type: true, regionalOffice: { select: { province: true } } },
  });
  return {
    ...pages,
    items: units.map(({ regionalOffice, ...unit }) => ({ ...unit, province: regionalOffice.province })),
  };
}

const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });

/**
 * What the Lampiran of the invitation letter lists: the event's details and every invited unit
 * with its seats, by province then unit name. Null when the event does not exist.
 */
export async function getLampiranData(actor: Actor | null, eventId: string) {
  const organizationId = organizationScope(actor, "quota:manage");
  const event = await db.event.findFirst({
    where: { id: eventId, organizationId },
    select: {
      slug: true, title: true, theme: true, startsAt: true, endsAt: true, timeZone: true,
      venueName: true, venueRoom: true, venueAddress: true, venueCity: true, organizationId: true,
      // The Lampiran names the letter it belongs to, once the letter is saved.
      letter: { select: { number: true, letterDate: true } },
    },
  });
  if (!event) return null;
  const quotas = await db.unitQuota.findMany({
    where: { eventId },
    select: { seats: true, unit: { select: { name: true, regionalOffice: { select: { province: true } } } } },
  });
  // Sorted here with Indonesian rules, so the order does not depend on the database's collation.
  const rows = quotas
    .map((q) => ({ unitName: q.unit.name, province: q.unit.regionalOffice.province, seats: q.seats }))
    .sort((a, b) => collator.compare(a.province, b.province) || collator.compare(a.unitName, b.unitName));
  return { event, rows };
}

export type LampiranData = NonNullable<Awaited<ReturnType<typeof getLampiranData>>>;
