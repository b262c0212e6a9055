import "server-only";
import { authorize, can, unitScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { eventWhereInReach, reachOf, type Reach } from "@/lib/events/reach";

export interface UnitRegistrationsAccess {
  actor: Actor;
  /** Whether the actor acts as an organizer (who may override the deadline with a reason). */
  asOrganizer: boolean;
  /** The events the actor may register at: their organisation's (an organizer's, a coordinator's unit's). */
  reach: Reach;
}

/** Who may change a unit's participants: organizers for any unit, a coordinator only for their own. */
export function authorizeUnitRegistrations(actor: Actor | null, unitId: string): UnitRegistrationsAccess {
  if (actor && can(actor, "registration:manage-any")) return { actor, asOrganizer: true, reach: reachOf(actor, "registration:manage-any") };
  const coordinator = authorize(actor, "registration:manage-unit", { unitId });
  return { actor: coordinator, asOrganizer: false, reach: reachOf(coordinator, "registration:manage-unit") };
}

/**
 * Finds a registration the actor may change; another unit's registration, or one of another
 * organisation's event, is simply not found.
 */
export async function findManagedRegistration(actor: Actor | null, registrationId: string) {
  if (!actor) throw new AppError("unauthenticated");
  const asOrganizer = can(actor, "registration:manage-any");
  if (!asOrganizer && !can(actor, "registration:manage-unit")) throw new AppError("forbidden");
  const units = unitScope(actor, "registration:manage-unit") ?? [];
  const registration = await db.registration.findFirst({
    where: asOrganizer
      ? { id: registrationId, event: eventWhereInReach(reachOf(actor, "registration:manage-any")) }
      : { id: registrationId, unitId: { in: units }, event: eventWhereInReach(reachOf(actor, "registration:manage-unit")) },
    select: { id: true, eventId: true, unitId: true, status: true, name: true, nip: true, email: true },
  });
  if (!registration) throw new AppError("not_found");
  return registration;
}
