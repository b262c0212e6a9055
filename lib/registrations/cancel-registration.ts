import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { invalidField } from "@/lib/errors/app-error";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import { authorizeUnitRegistrations, findManagedRegistration } from "./access";
import { promoteFromWaitlist } from "./promote-waitlist";
import { lockSeats } from "./registration-rules";

export interface CancelRegistrationOptions {
  actor: Actor | null;
  registrationId: string;
  overrideReason?: string | null;
  baseUrl?: string | null;
  now?: Date;
}

/** Cancels a delegate; the freed seat goes to the first in line on the waitlist. */
export async function cancelRegistration(options: CancelRegistrationOptions): Promise<{ promotedId: string | null }> {
  const found = await findManagedRegistration(options.actor, options.registrationId);
  const { actor, asOrganizer, reach } = authorizeUnitRegistrations(options.actor, found.unitId ?? "");
  const now = options.now ?? new Date();
  return inTransaction(async (tx) => {
    const seats = await lockSeats(tx, { reach, eventId: found.eventId, unitId: found.unitId ?? "", asOrganizer, overrideReason: options.overrideReason, now });
    const current = await tx.registration.findUniqueOrThrow({ where: { id: found.id }, select: { status: true } });
    if (!["CONFIRMED", "PENDING", "WAITLISTED"].includes(current.status)) throw invalidField("_form", "registrations.errors.notActive");
    await tx.registration.update({
      where: { id: found.id },
      data: { status: "CANCELLED", activeNip: null, activeEmail: null, cancelledAt: now, cancelReason: options.overrideReason ?? null },
    });
    await recordAudit(tx, {
      actor,
      action: "registration.cancel",
      entityType: "Registration",
      entityId: found.id,
      eventId: found.eventId,
      before: { status: current.status },
      after: { status: "CANCELLED" },
      reason: seats.overridden ? options.overrideReason : null,
    });
    const heldSeat = (SEAT_HOLDING_STATUSES as readonly string[]).includes(current.status);
    const promotedId = heldSeat
      ? await promoteFromWaitlist(tx, { actor, eventId: found.eventId, freedUnitId: found.unitId, capacity: seats.capacity, baseUrl: options.baseUrl })
      : null;
    return { promotedId };
  });
}
