import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { invalidField } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { authorizeUnitRegistrations, findManagedRegistration } from "./access";
import { duplicatePersonError, lockSeats } from "./registration-rules";
import { participantSchema, type ParticipantInput } from "./schema";

export interface UpdateParticipantOptions {
  actor: Actor | null;
  registrationId: string;
  input: ParticipantInput;
  overrideReason?: string | null;
  now?: Date;
}

/** Corrects a delegate's details (a misspelt name, a new position); the ticket stays the same. */
export async function updateParticipant(options: UpdateParticipantOptions): Promise<void> {
  const found = await findManagedRegistration(options.actor, options.registrationId);
  const { actor, asOrganizer, reach } = authorizeUnitRegistrations(options.actor, found.unitId ?? "");
  const person = parseInput(participantSchema, options.input);
  const now = options.now ?? new Date();
  try {
    await inTransaction(async (tx) => {
      const seats = await lockSeats(tx, { reach, eventId: found.eventId, unitId: found.unitId ?? "", asOrganizer, overrideReason: options.overrideReason, now });
      const before = await tx.registration.findUniqueOrThrow({ where: { id: found.id } });
      if (!["CONFIRMED", "PENDING", "WAITLISTED"].includes(before.status)) throw invalidField("_form", "registrations.errors.notActive");
      const after = await tx.registration.update({
        where: { id: found.id },
        data: { ...person, activeNip: person.nip, activeEmail: person.email },
      });
      await recordAudit(tx, {
        actor,
        action: "registration.update",
        entityType: "Registration",
        entityId: found.id,
        eventId: found.eventId,
        // The ticket token is a credential: keep it out of the audit trail.
        before: { ...before, ticketToken: undefined },
        after: { ...after, ticketToken: undefined },
        reason: seats.overridden ? options.overrideReason : null,
      });
    });
  } catch (error) {
    throw duplicatePersonError(error) ?? error;
  }
}
