import "server-only";
import { randomBytes } from "node:crypto";
import { reachOf } from "@/lib/events/reach";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudits } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { duplicatePersonError, lockSeats } from "@/lib/registrations/registration-rules";
import { parseInput } from "@/lib/validation/zod";
import { checkParticipantRows } from "./check-rows";
import { parseParticipantsCsv } from "./csv";
import { checkRowsAgainstEvent } from "./event-checks";
import { participantsImportSchema } from "./schema";

export interface ImportParticipantsOptions {
  actor: Actor | null;
  eventId: string;
  unitId: string;
  csvText: string;
  /** Needed only when registration is closed or not yet open; recorded in every audit entry. */
  overrideReason?: string | null;
  now?: Date;
}

export interface ParticipantsImportResult {
  created: number;
}

const LISTED_LINES = 20;

/**
 * Registers every person of a unit's CSV in one transaction, under the rules of a single
 * registration: the event and the unit's quota are locked (lockSeats), the whole file must fit
 * the unit's free seats and the event's capacity, no one may already be registered, and each row
 * passes the registration form's checks. Anything wrong refuses the whole file and writes nothing;
 * the preview then shows why, line by line. One audit entry per registration.
 */
export async function importParticipants(options: ImportParticipantsOptions): Promise<ParticipantsImportResult> {
  const actor = authorize(options.actor, "registration:manage-any");
  const input = parseInput(participantsImportSchema, {
    eventId: options.eventId,
    unitId: options.unitId,
    csvText: options.csvText,
    overrideReason: options.overrideReason,
  });
  const parsed = parseParticipantsCsv(input.csvText);
  if (!parsed.ok) throw new AppError("invalid_input", {}, { _form: parsed.problem });
  const now = options.now ?? new Date();

  try {
    return await inTransaction(async (tx) => {
      const seats = await lockSeats(tx, { reach: reachOf(actor, "registration:manage-any"), eventId: input.eventId, unitId: input.unitId, asOrganizer: true, overrideReason: input.overrideReason, now });
      const checked = checkParticipantRows(parsed.rows);
      await checkRowsAgainstEvent(tx, input.eventId, checked, seats);
      const refused = checked.filter((row) => row.problems.length > 0).map((row) => row.line);
      if (refused.length > 0) {
        const lines = refused.slice(0, LISTED_LINES).join(", ") + (refused.length > LISTED_LINES ? ", …" : "");
        throw new AppError("invalid_input", {}, { _form: { key: "participants.errors.importRefused", values: { count: refused.length, lines } } });
      }

      const people = checked.flatMap((row) => (row.person ? [row.person] : []));
      const created = await tx.registration.createManyAndReturn({
        data: people.map((person) => ({
          ...person,
          eventId: input.eventId,
          unitId: input.unitId,
          status: "CONFIRMED" as const,
          activeNip: person.nip,
          activeEmail: person.email,
          // 128 random bits: the ticket link is the participant's only credential.
          ticketToken: randomBytes(16).toString("base64url"),
          createdById: actor.userId,
        })),
        select: { id: true, name: true, nip: true },
      });
      await recordAudits(
        tx,
        created.map((registration) => ({
          actor,
          action: "registration.create",
          entityType: "Registration",
          entityId: registration.id,
          eventId: input.eventId,
          after: { name: registration.name, nip: registration.nip, unitId: input.unitId, status: "CONFIRMED" },
          reason: seats.overridden ? input.overrideReason : "csv-import",
        })),
      );
      return { created: created.length };
    });
  } catch (error) {
    // Only a writer that skipped the event lock could get here first; say so for the file as a whole.
    const duplicate = duplicatePersonError(error);
    if (duplicate) throw new AppError("invalid_input", {}, { _form: Object.values(duplicate.fieldErrors)[0] ?? { key: "errors.conflict" } });
    throw error;
  }
}
