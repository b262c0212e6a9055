import "server-only";
import { authorize, organizationScope, unitScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitListFilterSchema, type UnitListFilter } from "./schema";


/**
 * The units a coordinator works for, each with the open events that invited it, the seats given
 * and the seats used. Scoped in the query itself: a coordinator's read carries their unit ids.
 */
export async function listMyUnits(actor: Actor | null) {
  const checked = authorize(actor, "unit-portal:access");
  const scoped = unitScope(checked, "unit-portal:access");
  const unitIds = scoped ?? [];
  if (unitIds.length === 0) return [];

  const units = await db.unit.findMany({
    where: { id: { in: unitIds } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      regionalOffice: { select: { province: true } },
      quotas: {
        where: { event: { status: { in: ["PUBLISHED", "CLOSED"] } } },
        orderBy: { event: { startsAt: "asc" } },
        select: {
          seats: true,
          event: { select: { id: true, slug: true, title: true, timeZone: true, startsAt: true, endsAt: true, registrationClosesAt: true } },
        },
      },
    },
  });
  const used = await db.registration.groupBy({
    by: ["eventId", "unitId"],
    where: { unitId: { in: unitIds }, status: { in: [...SEAT_HOLDING_STATUSES] } },
    _count: { _all: true },
  });
  const usedSeats = (eventId: string, unitId: string) =>
    used.find((u) => u.eventId === eventId && u.unitId === unitId)?._count._all ?? 0;

  return units.map((unit) => ({
    ...unit,
    quotas: unit.quotas.map((quota) => ({ ...quota, usedSeats: usedSeats(quota.event.id, unit.id) })),
  }));
}

export const UNITS_PAGE_SIZE = 25;

const consoleUnitSelect = {
  id: true,
  code: true,
  name: true,
  type: true,
  class: true,
  city: true,
  timeZone: true,
  regionalOffice: { select: { id: true, province: true, name: true } },
} as const;

/**
 * The organizer's unit catalog, 25 per page in a stable order (province, name, code): search on
 * name or code ignoring case, filter by province and type. A page past the end shows the last one.
 */
export async function listUnitsForConsole(actor: Actor | null, filter: UnitListFilter = {}) {
  const organizationId = organizationScope(actor, "unit:manage");
  const { query, province, type, page: wantedPage } = unitListFilterSchema.parse(filter);
  const conditions: Prisma.UnitWhereInput[] = [{ organizationId }];
  if (query !== "") {
    // Prisma hands the text to LIKE as is: escape its wildcards so "%" is searched for, not matched.
    const text = query.replace(/[\\%_]/g, "\\$&");
    conditions.push({ OR: [{ name: { contains: text, mode: "insensitive" } }, { code: { contains: text, mode: "insensitive" } }] });
  }
  if (province !== "") conditions.push({ regionalOffice: { province } });
  if (type !== null) conditions.push({ type });
  const where: Prisma.UnitWhereInput = { AND: conditions };

  const total = await db.unit.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / UNITS_PAGE_SIZE));
  const page = Math.min(wantedPage, pageCount);
  const units = await db.unit.findMany({
    where,
    orderBy: [{ regionalOffice: { province: "asc" } }, { name: "asc" }, { code: "asc" }],
    skip: (page - 1) * UNITS_PAGE_SIZE,
    take: UNITS_PAGE_SIZE,
    select: consoleUnitSelect,
  });
  return { units, total, page, pageCount, pageSize: UNITS_PAGE_SIZE, filter: { query, province, type } };
}

export type ConsoleUnit = Awaited<ReturnType<typeof listUnitsForConsole>>["units"][number];

/** The Kanwil roll-up: every province's regional office with its number of units, by province. */
export async function listRegionalOfficeRollup(actor: Actor | null) {
  const organizationId = organizationScope(actor, "unit:manage");
  const offices = await db.regionalOffice.findMany({
    where: { organizationId },
    orderBy: { province: "asc" },
    select: { id: true, code: true, name: true, province: true, timeZone: true, _count: { select: { units: true } } },
  });
  return offices.map(({ _count, ...office }) => ({ ...office, unitCount: _count.units }));
}

/** One unit for the edit form; null when there is no such unit. */
export async function getUnitForConsole(actor: Actor | null, unitId: string) {
  const organizationId = organizationScope(actor, "unit:manage");
  return db.unit.findFirst({ where: { id: unitId, organizationId }, select: consoleUnitSelect });
}
