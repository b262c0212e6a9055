import "server-only";
import { db } from "@/lib/db";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { ANY_ORGANIZATION } from "@/lib/events/reach";
import { parseInput } from "@/lib/validation/zod";
import { duplicatePersonError } from "./registration-rules";
import { participantSchema, type ParticipantInput } from "./schema";
import { seatRegistration, type SeatRegistrationResult } from "./seat-registration";

export interface RegisterOpenlyOptions {
  /** The event's public address; only an event with open registration accepts. */
  slug: string;
  input: ParticipantInput;
  /** When the event is full, join the waitlist instead of being refused. */
  joinWaitlist?: boolean;
  baseUrl?: string | null;
  now?: Date;
}

/**
 * A person registers themselves on an event's public form. Nobody is signed in: what allows it is
 * the event's own setting (open registration), checked again under the event lock. The same rules
 * as a unit's delegates apply (NIP, one registration per NIP and email, capacity, deadline); an
 * event that requires approval holds the seat as PENDING until an organizer decides. The public
 * form reaches it only through submitOpenRegistration, which adds the abuse defences (challenge,
 * rate limits) and keeps the answer from telling who is registered.
 */
export async function registerOpenly(options: RegisterOpenlyOptions): Promise<SeatRegistrationResult> {
  const person = parseInput(participantSchema, options.input);
  const event = await db.event.findUnique({ where: { slug: options.slug }, select: { id: true, openRegistration: true, status: true } });
  if (!event || !event.openRegistration || event.status === "DRAFT" || event.status === "ARCHIVED") throw new AppError("not_found");
  try {
    return await inTransaction((tx) =>
      seatRegistration(tx, {
        actor: null,
        // Found by its public address: the form itself is the credential.
        reach: ANY_ORGANIZATION,
        eventId: event.id,
        unitId: null,
        person,
        asOrganizer: false,
        joinWaitlist: options.joinWaitlist === true,
        baseUrl: options.baseUrl,
        now: options.now ?? new Date(),
      }),
    );
  } catch (error) {
    throw duplicatePersonError(error) ?? error;
  }
}
