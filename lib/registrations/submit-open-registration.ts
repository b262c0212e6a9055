import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { inTransaction } from "@/lib/db/transaction";
import { invalidField, isAppError, refused } from "@/lib/errors/app-error";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import { consumeRateLimits, enforceRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import type { RateLimitHit } from "@/lib/rate-limit/policies";
import { refundRateLimits } from "@/lib/rate-limit/refund-rate-limit";
import { enqueueTicketEmail } from "@/lib/tickets/enqueue-ticket-email";
import { parseInput } from "@/lib/validation/zod";
import { verifyOpenRegistrationProof } from "./open-registration-challenge";
import { registerOpenly, type RegisterOpenlyOptions } from "./register-openly";
import { participantSchema, type ParticipantValues } from "./schema";

export const openRegistrationProofSchema = z.object({
  /** The solved ALTCHA challenge, base64 JSON. */
  challenge: z.string().max(4000),
  /** A field people never see and leave empty; form-filling robots fill it in. */
  website: z.string().max(500),
});

export type OpenRegistrationProof = z.input<typeof openRegistrationProofSchema>;

export interface SubmitOpenRegistrationOptions extends RegisterOpenlyOptions {
  /** The caller's address (lib/http/client-ip). */
  ip: string;
  proof: OpenRegistrationProof;
}

/** All an anonymous caller learns of a registration that was taken: the mail tells the rest. */
export type OpenRegistrationAnswer = { outcome: "check_mail" };
const CHECK_MAIL: OpenRegistrationAnswer = { outcome: "check_mail" };

/**
 * The public form's entry point, for anyone on the internet. Before a registration (and its mail)
 * is made: a solved proof-of-work challenge, used once; an empty honeypot; limits per address and
 * per event. The answer is the same "check your mail" whether the person was registered now or was
 * already (by NIP or email): the registration already there is sent its own ticket again instead,
 * at most once an hour, so nobody can learn from the form who is registered. An email address is
 * required, since the mail is how the ticket arrives.
 */
export async function submitOpenRegistration(options: SubmitOpenRegistrationOptions): Promise<OpenRegistrationAnswer> {
  const now = options.now ?? new Date();
  const person = parseInput(participantSchema, options.input);
  if (!person.email) throw invalidField("email", "openRegistration.errors.emailRequired");
  const proof = openRegistrationProofSchema.safeParse(options.proof);
  if (!proof.success) throw invalidField("_form", "openRegistration.errors.challenge");
  if (proof.data.website.trim() !== "") return CHECK_MAIL;
  const signature = await verifyOpenRegistrationProof(proof.data.challenge);
  if (!signature) throw invalidField("_form", "openRegistration.errors.challenge");

  await enforceRateLimits(
    [
      { policy: "open-registration:ip", key: options.ip || "unknown" },
      { policy: "open-registration:event", key: options.slug },
    ],
    { now },
  );
  // Taken before registering, so two simultaneous uses of one solution cannot both pass.
  const once: RateLimitHit = { policy: "open-registration:challenge", key: signature };
  if (!(await consumeRateLimits([once], { now })).allowed) throw invalidField("_form", "openRegistration.errors.challenge");

  try {
    await registerOpenly({ ...options, now });
    return CHECK_MAIL;
  } catch (error) {
    if (!isDuplicatePerson(error)) {
      // Nothing was registered or mailed: the same solution may be sent again (e.g. to join the waitlist).
      await refundRateLimits([once], { reset: true });
      throw error;
    }
  }
  await answerDuplicate(options, person, now);
  return CHECK_MAIL;
}

function isDuplicatePerson(error: unknown): boolean {
  return isAppError(error) && (error.code === "nip_taken" || error.code === "email_taken");
}

/**
 * Someone registered already has this NIP or email. When the event is full, a new person would be
 * told so (and offered the waitlist): say the same here. Otherwise the registration already there
 * gets its own ticket mail again, at its own address.
 */
async function answerDuplicate(options: SubmitOpenRegistrationOptions, person: ParticipantValues, now: Date): Promise<void> {
  const event = await db.event.findUniqueOrThrow({ where: { slug: options.slug }, select: { id: true, capacity: true } });
  if (!options.joinWaitlist) {
    const taken = await db.registration.count({ where: { eventId: event.id, status: { in: [...SEAT_HOLDING_STATUSES] } } });
    if (taken >= event.capacity) throw refused("event_full", "_form", "registrations.errors.eventFull", { capacity: event.capacity });
  }
  const existing = await db.registration.findFirst({
    where: { eventId: event.id, OR: [{ activeNip: person.nip }, { activeEmail: person.email }] },
    select: { id: true },
  });
  if (!existing || !options.baseUrl) return;
  const resend = await consumeRateLimits([{ policy: "ticket-resend:registration", key: existing.id }], { now });
  if (!resend.allowed) return;
  const baseUrl = options.baseUrl;
  await inTransaction((tx) => enqueueTicketEmail(tx, { registrationId: existing.id, baseUrl }));
}

