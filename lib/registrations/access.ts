import "server-only";
import { authorize, can, unitScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/**
 * Who may change a unit's participants: organizers for any unit, a coordinator only for their own.
 * Returns whether the actor acts as an organizer (who may override the deadline with a reason).
 */
export function authorizeUnitRegistrations(actor: Actor | null, unitId: string): { actor: Actor; asOrganizer: boolean } {
  if (actor && can(actor, "registration:manage-any")) return { actor, asOrganizer: true };
  return { actor: authorize(actor, "registration:manage-unit", { unitId }), asOrganizer: false };
}

/** Finds a registration the actor may change; another unit's registration is simply not found. */
export async function findManagedRegistration(actor: Actor | null, registrationId: string) {
  if (!actor) throw new AppError("unauthenticated");
  const asOrganizer = can(actor, "registration:manage-any");
  if (!asOrganizer && !can(actor, "registration:manage-unit")) throw new AppError("forbidden");
  const units = unitScope(actor, "registration:manage-unit") ?? [];
  const registration = await db.registration.findFirst({
    where: asOrganizer ? { id: registrationId } : { id: registrationId, unitId: { in: units } },
    select: { id: true, eventId: true, unitId: true, status: true, name: true, nip: true, email: true },
  });
  if (!registration) throw new AppError("not_found");
  return registration;
}
