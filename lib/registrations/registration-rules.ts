import "server-only";
import { invalidField, refused } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Prisma as PrismaNamespace } from "@/lib/generated/prisma/client";
import { lockEvent, type LockedEvent } from "@/lib/events/lock-event";
import type { Reach } from "@/lib/events/reach";
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
  options: { reach: Reach; eventId: string; unitId: string; asOrganizer: boolean; overrideReason?: string | null; now: Date },
): Promise<SeatCheck & { overridden: boolean }> {
  const event = await lockEvent(tx, options.eventId, options.reach);
  const overridden = checkRegistrationWindow(event, options);

  const quota = (await lockUnitQuotas(tx, options.eventId, [options.unitId])).get(options.unitId);
  if (!quota) throw invalidField("_form", "registrations.errors.unitNotInvited");
  const unitTaken = (await countRegistrationsByUnit(tx, options.eventId, [options.unitId])).get(options.unitId) ?? 0;
  const eventTaken = await tx.registration.count({ where: { eventId: options.eventId, status: { in: [...SEAT_HOLDING_STATUSES] } } });
  const full = unitTaken >= quota.seats ? "unit" : eventTaken >= event.capacity ? "event" : null;
  return { unitSeats: quota.seats, unitTaken, capacity: event.capacity, eventTaken, full, overridden };
}

/**
 * Whether the event takes registrations now (published, inside its registration window). Outside
 * the rules only an organizer may act, with a reason; returns whether that override was used.
 */
export function checkRegistrationWindow(
  event: Pick<LockedEvent, "status" | "registrationOpensAt" | "registrationClosesAt">,
  options: { asOrganizer: boolean; overrideReason?: string | null; now: Date },
): boolean {
  // An archived event never gets here: lockEvent refused it (read_only).
  if (event.status === "DRAFT") throw invalidField("_form", "registrations.errors.notOpen");
  const outsideRules =
    event.status !== "PUBLISHED" || options.now < event.registrationOpensAt || options.now >= event.registrationClosesAt;
  if (!outsideRules) return false;
  if (!options.asOrganizer) throw invalidField("_form", "registrations.errors.closed");
  const reason = overrideReasonSchema.safeParse(options.overrideReason ?? "");
  if (!reason.success) throw invalidField("overrideReason", "registrations.errors.reasonRequired");
  return true;
}

/** A second active registration of the same NIP or email in one event, refused by the database. */
export function duplicatePersonError(error: unknown) {
  // P2002 from Prisma's own queries, P2010 (raw query failed) from insertIfSeat's statement.
  if (!(error instanceof PrismaNamespace.PrismaClientKnownRequestError) || (error.code !== "P2002" && error.code !== "P2010")) return null;
  const text = JSON.stringify(error.meta ?? {});
  if (text.includes("activeNip")) return refused("nip_taken", "nip", "registrations.errors.nipTaken");
  if (text.includes("activeEmail")) return refused("email_taken", "email", "registrations.errors.emailTaken");
  return null;
}
