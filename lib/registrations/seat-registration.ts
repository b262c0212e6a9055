import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockEvent } from "@/lib/events/lock-event";
import { AppError, invalidField } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { TICKET_MAIL_EVENT_SELECT, ticketMailFor } from "@/lib/tickets/enqueue-ticket-email";
import { insertIfSeat } from "./insert-if-seat";
import { checkRegistrationWindow } from "./registration-rules";
import type { ParticipantValues } from "./schema";

type Tx = Prisma.TransactionClient;
type SeatStatus = "CONFIRMED" | "PENDING" | "WAITLISTED";

export interface SeatRegistrationOptions {
  actor: Actor | null;
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

const auditAction = (status: SeatStatus) => (status === "WAITLISTED" ? "registration.waitlist" : "registration.create");

/**
 * Registers one person inside the caller's transaction, never past the unit's quota or the event's
 * capacity. Shaped for the opening minute, when every registration of the event queues for the
 * event's row lock: the audit entry and the ticket mail are written BEFORE the lock, assuming a
 * seat, so the lock is held for just two statements (lock, then decide-and-insert); in the rarer
 * case (waitlisted, or an organizer's override) they are corrected afterwards. When no seat is
 * given the caller's transaction rolls back, taking both with it.
 */
export async function seatRegistration(tx: Tx, o: SeatRegistrationOptions): Promise<SeatRegistrationResult> {
  const event = await tx.event.findUnique({ where: { id: o.eventId }, select: { ...TICKET_MAIL_EVENT_SELECT, requiresApproval: true } });
  if (!event) throw new AppError("not_found");
  const statusWithSeat = o.unitId === null && event.requiresApproval ? "PENDING" : "CONFIRMED";
  const registrationId = randomUUID();
  // 128 random bits: the ticket link is the participant's only credential.
  const ticketToken = randomBytes(16).toString("base64url");
  const person = o.person;
  const assumedReason = o.asOrganizer ? (o.overrideReason ?? null) : null;
  const summary = (status: SeatStatus) => ({ name: person.name, nip: person.nip, unitId: o.unitId, status });
  const mailFor = (status: SeatStatus) =>
    ticketMailFor(event, { name: person.name, status, attendanceMode: person.attendanceMode, ticketToken }, o.baseUrl ?? "");

  const audit = await recordAudit(tx, {
    actor: o.actor,
    action: auditAction(statusWithSeat),
    entityType: "Registration",
    entityId: registrationId,
    eventId: o.eventId,
    after: summary(statusWithSeat),
    reason: assumedReason,
  });
  const mailed = person.email && o.baseUrl ? mailFor(statusWithSeat) : null;
  const mail = mailed && person.email
    ? await enqueueEmail(tx, { to: person.email, subject: mailed.subject, text: mailed.text, kind: mailed.kind, eventId: o.eventId })
    : null;

  const locked = await lockEvent(tx, o.eventId);
  const overridden = checkRegistrationWindow(locked, { asOrganizer: o.asOrganizer, overrideReason: o.overrideReason, now: o.now });
  const seat = await insertIfSeat(tx, {
    registrationId,
    eventId: o.eventId,
    unitId: o.unitId,
    person,
    ticketToken,
    createdById: o.actor?.userId ?? null,
    capacity: locked.capacity,
    statusWithSeat,
    joinWaitlist: o.joinWaitlist,
  });
  if (seat.full === "not_invited") throw invalidField("_form", "registrations.errors.unitNotInvited");
  if (!seat.status) {
    throw seat.full === "unit"
      ? invalidField("_form", "registrations.errors.unitFull", { seats: seat.unitSeats ?? 0, taken: seat.unitTaken })
      : invalidField("_form", "registrations.errors.eventFull", { capacity: locked.capacity });
  }

  const status = seat.status as SeatStatus;
  const reason = overridden ? (o.overrideReason ?? null) : null;
  if (status !== statusWithSeat || reason !== assumedReason) {
    await tx.auditLog.update({ where: { id: audit.id }, data: { action: auditAction(status), after: summary(status), reason } });
  }
  if (mail && status !== statusWithSeat) {
    const corrected = mailFor(status);
    await tx.outboxEmail.update({ where: { id: mail.id }, data: { subject: corrected.subject, textBody: corrected.text, kind: corrected.kind } });
  }
  return { registrationId, status, ticketToken };
}
