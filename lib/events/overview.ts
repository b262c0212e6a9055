import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import { consoleOrganization } from "./queries";

export interface ProvinceRow {
  province: string;
  quota: number;
  registered: number;
  units: number;
}

/**
 * The organizer's live picture of one event: seats used against capacity, registered against
 * quota per province and per unit, units that have named nobody, coordinators who never signed in.
 * A fixed number of grouped queries, whatever the number of units.
 */
export async function getEventOverview(actor: Actor | null, eventId: string) {
  const organizationId = consoleOrganization(actor);
  if (!organizationId) return null;
  const event = await db.event.findFirst({ where: { id: eventId, organizationId }, select: { id: true, capacity: true } });
  if (!event) return null;

  const [quotas, byUnit, byStatus] = await Promise.all([
    db.unitQuota.findMany({
      where: { eventId },
      select: { seats: true, unit: { select: { id: true, code: true, name: true, regionalOffice: { select: { province: true } } } } },
    }),
    db.registration.groupBy({
      by: ["unitId"],
      where: { eventId, status: { in: [...SEAT_HOLDING_STATUSES] } },
      _count: { _all: true },
    }),
    db.registration.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
  ]);
  const registeredOf = new Map(byUnit.map((row) => [row.unitId, row._count._all]));
  const statusCount = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;

  const provinces = new Map<string, ProvinceRow>();
  for (const { seats, unit } of quotas) {
    const province = unit.regionalOffice.province;
    const row = provinces.get(province) ?? { province, quota: 0, registered: 0, units: 0 };
    row.quota += seats;
    row.registered += registeredOf.get(unit.id) ?? 0;
    row.units += 1;
    provinces.set(province, row);
  }
  const unitsWithoutRegistrations = quotas
    .filter(({ unit }) => !registeredOf.get(unit.id))
    .map(({ unit, seats }) => ({ id: unit.id, code: unit.code, name: unit.name, province: unit.regionalOffice.province, seats }))
    .sort((a, b) => a.province.localeCompare(b.province) || a.name.localeCompare(b.name));

  const coordinatorOfInvitedUnit = { roles: { some: { role: "UNIT_COORDINATOR" as const, unit: { quotas: { some: { eventId } } } } } };
  const [coordinators, coordinatorsNeverSignedIn] = await Promise.all([
    db.user.count({ where: coordinatorOfInvitedUnit }),
    db.user.findMany({
      where: { lastSignInAt: null, ...coordinatorOfInvitedUnit },
      orderBy: { name: "asc" },
      take: 200,
      select: { id: true, name: true, email: true, roles: { where: { role: "UNIT_COORDINATOR" }, select: { unit: { select: { name: true } } } } },
    }),
  ]);

  return {
    capacity: event.capacity,
    seatsTaken: statusCount("CONFIRMED") + statusCount("PENDING"),
    confirmed: statusCount("CONFIRMED"),
    pending: statusCount("PENDING"),
    waitlisted: statusCount("WAITLISTED"),
    quotaTotal: quotas.reduce((sum, q) => sum + q.seats, 0),
    invitedUnits: quotas.length,
    provinces: [...provinces.values()].sort((a, b) => a.province.localeCompare(b.province)),
    unitsWithoutRegistrations,
    /** Coordinators of the invited units: with none, "all have signed in" would say nothing true. */
    coordinators,
    coordinatorsNeverSignedIn: coordinatorsNeverSignedIn.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      units: u.roles.flatMap((r) => (r.unit ? [r.unit.name] : [])),
    })),
  };
}

export type EventOverview = NonNullable<Awaited<ReturnType<typeof getEventOverview>>>;
