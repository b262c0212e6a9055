import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { invalidField } from "@/lib/errors/app-error";
import { enqueueTicketEmail } from "@/lib/tickets/enqueue-ticket-email";
import { parseInput } from "@/lib/validation/zod";
import { authorizeUnitRegistrations, findManagedRegistration } from "./access";
import { duplicatePersonError, lockSeats } from "./registration-rules";
import { participantSchema, type ParticipantInput } from "./schema";

export interface ReplaceParticipantOptions {
  actor: Actor | null;
  registrationId: string;
  input: ParticipantInput;
  overrideReason?: string | null;
  /** The site's address; with it, the new delegate is emailed their ticket link. */
  baseUrl?: string | null;
  now?: Date;
}

/**
 * Another person takes a delegate's seat: the replaced registration becomes REPLACED (its ticket
 * stops working) and the new one is confirmed in the same transaction, so the seat is never free.
 */
export async function replaceParticipant(options: ReplaceParticipantOptions): Promise<{ registrationId: string; ticketToken: string }> {
  const found = await findManagedRegistration(options.actor, options.registrationId);
  const { actor, asOrganizer, reach } = authorizeUnitRegistrations(options.actor, found.unitId ?? "");
  const person = parseInput(participantSchema, options.input);
  const now = options.now ?? new Date();
  try {
    return await inTransaction(async (tx) => {
      const seats = await lockSeats(tx, { reach, eventId: found.eventId, unitId: found.unitId ?? "", asOrganizer, overrideReason: options.overrideReason, now });
      const current = await tx.registration.findUniqueOrThrow({ where: { id: found.id }, select: { status: true, attendanceMode: true } });
      if (current.status !== "CONFIRMED" && current.status !== "PENDING") throw invalidField("_form", "registrations.errors.notActive");
      // Free the old person's keys first: the new delegate may share an email address (a unit's mailbox).
      await tx.registration.update({ where: { id: found.id }, data: { status: "REPLACED", activeNip: null, activeEmail: null, cancelledAt: now } });
      const replacement = await tx.registration.create({
        data: {
          ...person,
          eventId: found.eventId,
          unitId: found.unitId,
          status: current.status,
          activeNip: person.nip,
          activeEmail: person.email,
          ticketToken: randomBytes(16).toString("base64url"),
          replacesId: found.id,
          createdById: actor.userId,
        },
        select: { id: true, ticketToken: true },
      });
      await recordAudit(tx, {
        actor,
        action: "registration.replace",
        entityType: "Registration",
        entityId: replacement.id,
        eventId: found.eventId,
        before: { id: found.id, name: found.name, nip: found.nip },
        after: { id: replacement.id, name: person.name, nip: person.nip },
        reason: seats.overridden ? options.overrideReason : null,
      });
      if (person.email && options.baseUrl) await enqueueTicketEmail(tx, { registrationId: replacement.id, baseUrl: options.baseUrl });
      return { registrationId: replacement.id, ticketToken: replacement.ticketToken };
    });
  } catch (error) {
    throw duplicatePersonError(error) ?? error;
  }
}
