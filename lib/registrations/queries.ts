import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import { eventWhereInReach } from "@/lib/events/reach";
import { authorizeUnitRegistrations } from "./access";

/**
 * One unit's delegates for one event, for its coordinator (or an organizer): the quota, the seats
 * used, the deadline and every registration, newest state first. Null when the unit is not invited.
 */
export async function getUnitRegistrations(actor: Actor | null, eventId: string, unitId: string) {
  const { reach } = authorizeUnitRegistrations(actor, unitId);
  const quota = await db.unitQuota.findFirst({
    where: { eventId, unitId, event: eventWhereInReach(reach) },
    select: {
      seats: true,
      unit: { select: { id: true, name: true, code: true } },
      event: {
        select: { id: true, slug: true, title: true, status: true, timeZone: true, startsAt: true, endsAt: true, registrationOpensAt: true, registrationClosesAt: true, capacity: true },
      },
    },
  });
  if (!quota || quota.event.status === "DRAFT") return null;
  const registrations = await db.registration.findMany({
    where: { eventId, unitId },
    orderBy: [{ createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      nip: true,
      position: true,
      rank: true,
      email: true,
      phone: true,
      notes: true,
      status: true,
      attendanceMode: true,
      ticketToken: true,
      replacesId: true,
    },
  });
  const used = registrations.filter((r) => (SEAT_HOLDING_STATUSES as readonly string[]).includes(r.status)).length;
  return { ...quota, used, registrations };
}

export type UnitRegistrations = NonNullable<Awaited<ReturnType<typeof getUnitRegistrations>>>;
