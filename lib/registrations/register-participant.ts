import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { inTransaction } from "@/lib/db/transaction";
import { parseInput } from "@/lib/validation/zod";
import { authorizeUnitRegistrations } from "./access";
import { duplicatePersonError } from "./registration-rules";
import { participantSchema, type ParticipantInput } from "./schema";
import { seatRegistration, type SeatRegistrationResult } from "./seat-registration";

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

export type RegisterParticipantResult = SeatRegistrationResult;

/** Registers one delegate of a unit; the unit's quota and the event's capacity are never exceeded. */
export async function registerParticipant(options: RegisterParticipantOptions): Promise<RegisterParticipantResult> {
  const { actor, asOrganizer, reach } = authorizeUnitRegistrations(options.actor, options.unitId);
  const person = parseInput(participantSchema, options.input);
  try {
    return await inTransaction((tx) =>
      seatRegistration(tx, {
        actor,
        reach,
        eventId: options.eventId,
        unitId: options.unitId,
        person,
        asOrganizer,
        overrideReason: options.overrideReason,
        joinWaitlist: options.joinWaitlist === true,
        baseUrl: options.baseUrl,
        now: options.now ?? new Date(),
      }),
    );
  } catch (error) {
    throw duplicatePersonError(error) ?? error;
  }
}
