import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/authorize";
import { lockEvent } from "@/lib/events/lock-event";
import type { Reach } from "@/lib/events/reach";
import { AppError, invalidField, refused } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ticketMailFor } from "@/lib/tickets/enqueue-ticket-email";
import { insertIfSeat } from "./insert-if-seat";
import { checkRegistrationWindow } from "./registration-rules";
import type { ParticipantValues } from "./schema";

type Tx = Prisma.TransactionClient;
type SeatStatus = "CONFIRMED" | "PENDING" | "WAITLISTED";

export interface SeatRegistrationOptions {
  actor: Actor | null;
  /** The events the caller may register at (lib/events/reach.ts). */
  reach: Reach;
  eventId: string;
  /** The delegating unit (its quota applies), or null for an open registration. */
  unitId: string | null;
  person: ParticipantValues;
  asOrganizer: boolean;
  overrideReason?: string | null;
  joinWaitlist: boolean;
  baseUrl?: string | null;
  now: Date;
}

export interface SeatRegistrationResult {
  registrationId: string;
  status: SeatStatus;
  ticketToken: string;
}

/**
 * Registers one person inside the caller's transaction, never past the unit's quota or the event's
 * capacity: lock the event (which also reads what the rules and the ticket mail need), then decide
 * and write everything in one statement (insertIfSeat). Two round trips while the event is locked.
 */
export async function seatRegistration(tx: Tx, o: SeatRegistrationOptions): Promise<SeatRegistrationResult> {
  const event = await lockEvent(tx, o.eventId, o.reach);
  const overridden = checkRegistrationWindow(event, { asOrganizer: o.asOrganizer, overrideReason: o.overrideReason, now: o.now });
  if (o.unitId === null && !event.openRegistration) throw new AppError("not_found");

  const registrationId = randomUUID();
  // 128 random bits: the ticket link is the participant's only credential.
  const ticketToken = randomBytes(16).toString("base64url");
  const person = o.person;
  const mailFor = (status: SeatStatus) =>
    ticketMailFor(event, { name: person.name, status, attendanceMode: person.attendanceMode, ticketToken }, o.baseUrl ?? "");
  const statusWithSeat = o.unitId === null && event.requiresApproval ? "PENDING" : "CONFIRMED";
  // Only the mails this registration can get: the seat's status, and the waitlist's when asked for.
  const mail =
    person.email && o.baseUrl
      ? { to: person.email, byStatus: { [statusWithSeat]: mailFor(statusWithSeat), ...(o.joinWaitlist ? { WAITLISTED: mailFor("WAITLISTED") } : {}) } }
      : null;
  const seat = await insertIfSeat(tx, {
    registrationId,
    eventId: o.eventId,
    unitId: o.unitId,
    person,
    ticketToken,
    actorId: o.actor?.userId ?? null,
    capacity: event.capacity,
    statusWithSeat,
    joinWaitlist: o.joinWaitlist,
    auditReason: overridden ? (o.overrideReason ?? null) : null,
    mail,
  });
  if (seat.full === "not_invited") throw invalidField("_form", "registrations.errors.unitNotInvited");
  if (!seat.status) {
    // Someone already registered is told so, rather than that the event is full.
    await refuseDuplicatePerson(tx, o.eventId, person);
    throw seat.full === "unit"
      ? refused("unit_full", "_form", "registrations.errors.unitFull", { seats: seat.unitSeats ?? 0, taken: seat.unitTaken })
      : refused("event_full", "_form", "registrations.errors.eventFull", { capacity: event.capacity });
  }
  return { registrationId, status: seat.status as SeatStatus, ticketToken };
}

async function refuseDuplicatePerson(tx: Tx, eventId: string, person: ParticipantValues): Promise<void> {
  const same = await tx.registration.findFirst({
    where: { eventId, OR: [{ activeNip: person.nip }, ...(person.email ? [{ activeEmail: person.email }] : [])] },
    select: { activeNip: true },
  });
  if (same) throw same.activeNip === person.nip ? refused("nip_taken", "nip", "registrations.errors.nipTaken") : refused("email_taken", "email", "registrations.errors.emailTaken");
}
