import "server-only";
import { authorize, unitScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

const SEAT_HOLDING = ["CONFIRMED", "PENDING"] as const;

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
    where: { unitId: { in: unitIds }, status: { in: [...SEAT_HOLDING] } },
    _count: { _all: true },
  });
  const usedSeats = (eventId: string, unitId: string) =>
    used.find((u) => u.eventId === eventId && u.unitId === unitId)?._count._all ?? 0;

  return units.map((unit) => ({
    ...unit,
    quotas: unit.quotas.map((quota) => ({ ...quota, usedSeats: usedSeats(quota.event.id, unit.id) })),
  }));
}
