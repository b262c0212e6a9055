import "server-only";
import { invalidField } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Prisma as PrismaNamespace } from "@/lib/generated/prisma/client";
import { lockEvent } from "@/lib/events/lock-event";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import { countRegistrationsByUnit, lockUnitQuotas } from "@/lib/quotas/quota-changes";
import { overrideReasonSchema } from "./schema";

type Tx = Prisma.TransactionClient;

export interface SeatCheck {
  unitSeats: number;
  unitTaken: number;
  capacity: number;
  eventTaken: number;
  /** Which limit is reached, if any: the unit's quota first, then the event's capacity. */
  full: "unit" | "event" | null;
}

/**
 * Locks the event, then the unit's quota row (the lock order of lib/quotas), checks that the event
 * takes registrations now, and counts the seats already held — all under the locks, so the answer
 * cannot be overtaken by another registration before this transaction commits.
 */
export async function lockSeats(
  tx: Tx,
  options: { eventId: string; unitId: string; asOrganizer: boolean; overrideReason?: string | null; now: Date },
): Promise<SeatCheck & { overridden: boolean }> {
  const event = await lockEvent(tx, options.eventId);
  const window = await tx.event.findUniqueOrThrow({
    where: { id: options.eventId },
    select: { registrationOpensAt: true, registrationClosesAt: true },
  });
  const outsideRules =
    event.status !== "PUBLISHED" || options.now < window.registrationOpensAt || options.now >= window.registrationClosesAt;
  if (event.status === "ARCHIVED" || event.status === "DRAFT") throw invalidField("_form", "registrations.errors.notOpen");
  let overridden = false;
  if (outsideRules) {
    if (!options.asOrganizer) throw invalidField("_form", "registrations.errors.closed");
    const reason = overrideReasonSchema.safeParse(options.overrideReason ?? "");
    if (!reason.success) throw invalidField("overrideReason", "registrations.errors.reasonRequired");
    overridden = true;
  }

  const quota = (await lockUnitQuotas(tx, options.eventId, [options.unitId])).get(options.unitId);
  if (!quota) throw invalidField("_form", "registrations.errors.unitNotInvited");
  const unitTaken = (await countRegistrationsByUnit(tx, options.eventId, [options.unitId])).get(options.unitId) ?? 0;
  const eventTaken = await tx.registration.count({ where: { eventId: options.eventId, status: { in: [...SEAT_HOLDING_STATUSES] } } });
  const full = unitTaken >= quota.seats ? "unit" : eventTaken >= event.capacity ? "event" : null;
  return { unitSeats: quota.seats, unitTaken, capacity: event.capacity, eventTaken, full, overridden };
}

/** A second active registration of the same NIP or email in one event, refused by the database. */
export function duplicatePersonError(error: unknown) {
  if (!(error instanceof PrismaNamespace.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const text = JSON.stringify(error.meta ?? {});
  if (text.includes("activeNip")) return invalidField("nip", "registrations.errors.nipTaken");
  if (text.includes("activeEmail")) return invalidField("email", "registrations.errors.emailTaken");
  return null;
}
