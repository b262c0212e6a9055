import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { invalidField } from "@/lib/errors/app-error";
import { enqueueTicketEmail } from "@/lib/tickets/enqueue-ticket-email";
import { parseInput } from "@/lib/validation/zod";
import { authorizeUnitRegistrations } from "./access";
import { duplicatePersonError, lockSeats } from "./registration-rules";
import { participantSchema, type ParticipantInput } from "./schema";

export interface RegisterParticipantOptions {
  actor: Actor | null;
  eventId: string;
  unitId: string;
  input: ParticipantInput;
  /** When the unit's quota or the event is full, join the waitlist instead of being refused. */
  joinWaitlist?: boolean;
  /** Organizers only: registering after the deadline or on a closed event needs a reason. */
  overrideReason?: string | null;
  /** The site's public address: with it, a delegate with an email address is mailed their ticket link. */
  baseUrl?: string | null;
  now?: Date;
}

export interface RegisterParticipantResult {
  registrationId: string;
  status: "CONFIRMED" | "WAITLISTED";
  ticketToken: string;
}

/** Registers one delegate of a unit; the unit's quota and the event's capacity are never exceeded. */
export async function registerParticipant(options: RegisterParticipantOptions): Promise<RegisterParticipantResult> {
  const { actor, asOrganizer } = authorizeUnitRegistrations(options.actor, options.unitId);
  const person = parseInput(participantSchema, options.input);
  const now = options.now ?? new Date();
  try {
    return await inTransaction(async (tx) => {
      const seats = await lockSeats(tx, { eventId: options.eventId, unitId: options.unitId, asOrganizer, overrideReason: options.overrideReason, now });
      if (seats.full && !options.joinWaitlist) {
        throw seats.full === "unit"
          ? invalidField("_form", "registrations.errors.unitFull", { seats: seats.unitSeats, taken: seats.unitTaken })
          : invalidField("_form", "registrations.errors.eventFull", { capacity: seats.capacity });
      }
      const status = seats.full ? "WAITLISTED" : "CONFIRMED";
      const registration = await tx.registration.create({
        data: {
          ...person,
          eventId: options.eventId,
          unitId: options.unitId,
          status,
          activeNip: person.nip,
          activeEmail: person.email,
          // 128 random bits: the ticket link is the participant's only credential.
          ticketToken: randomBytes(16).toString("base64url"),
          createdById: actor.userId,
        },
        select: { id: true, status: true, ticketToken: true, name: true, nip: true, unitId: true },
      });
      await recordAudit(tx, {
        actor,
        action: status === "WAITLISTED" ? "registration.waitlist" : "registration.create",
        entityType: "Registration",
        entityId: registration.id,
        eventId: options.eventId,
        after: { name: registration.name, nip: registration.nip, unitId: registration.unitId, status },
        reason: seats.overridden ? options.overrideReason : null,
      });
      if (person.email && options.baseUrl) await enqueueTicketEmail(tx, { registrationId: registration.id, baseUrl: options.baseUrl });
      return { registrationId: registration.id, status, ticketToken: registration.ticketToken };
    });
  } catch (error) {
    throw duplicatePersonError(error) ?? error;
  }
}
