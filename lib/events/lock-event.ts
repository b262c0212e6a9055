import "server-only";
import { eventInReach, type Reach } from "@/lib/events/reach";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { refuseArchived } from "./writable-event";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import type { TicketMailEvent } from "@/lib/tickets/enqueue-ticket-email";

/** The locked event: what the seat rules need, and (read with the lock) what a ticket mail says. */
export interface LockedEvent extends TicketMailEvent {
  id: string;
  organizationId: string;
  status: EventStatus;
  capacity: number;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  openRegistration: boolean;
  requiresApproval: boolean;
}

/**
 * Locks the event row for the rest of the transaction, so changes to its capacity, quotas and
 * registrations happen one after another. Always lock the event first, then quota rows, so
 * concurrent operations take locks in the same order. Only writes lock the event, so an archived
 * one is refused here (read_only), under the lock that archiving itself takes.
 *
 * FOR NO KEY UPDATE rather than FOR UPDATE: the two exclude each other (and themselves) just the
 * same, but NO KEY UPDATE lets other transactions insert rows that merely reference the event
 * (audit entries, check-ins) meanwhile — their foreign-key check takes a KEY SHARE lock, which
 * FOR UPDATE would block and which, held by two registrations waiting for the lock, would deadlock.
 */
export async function lockEvent(tx: Prisma.TransactionClient, eventId: string, reach: Reach): Promise<LockedEvent> {
  const rows = await tx.$queryRaw<LockedEvent[]>`
    SELECT "id", "organizationId", "status"::text AS "status", "capacity", "registrationOpensAt", "registrationClosesAt",
           "openRegistration", "requiresApproval", "title", "startsAt", "endsAt", "timeZone",
           "venueName", "venueRoom", "venueAddress", "venueCity"
      FROM "Event" WHERE "id" = ${eventId} AND ${eventInReach(reach)} FOR NO KEY UPDATE`;
  const event = rows[0];
  if (!event) throw new AppError("not_found");
  refuseArchived(event);
  return event;
}

export async function countSeatsTaken(tx: Prisma.TransactionClient, eventId: string): Promise<number> {
  return tx.registration.count({ where: { eventId, status: { in: [...SEAT_HOLDING_STATUSES] } } });
}
