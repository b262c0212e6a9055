"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { clientIp } from "@/lib/http/client-ip";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { cancelRegistration } from "./cancel-registration";
import { decideRegistration, type DecisionInput } from "./decide-registration";
import { registerParticipant } from "./register-participant";
import { replaceParticipant } from "./replace-participant";
import type { ParticipantInput } from "./schema";
import { submitOpenRegistration, type OpenRegistrationAnswer, type OpenRegistrationProof } from "./submit-open-registration";
import { updateParticipant } from "./update-participant";

// Arguments come from the network: ids and the form's fields are passed one by one, and the actor
// is always the signed-in user, never something the client sent.

const unitPage = (eventId: string, unitId: string) => `/unit/events/${eventId}/${unitId}`;

export async function registerParticipantAction(
  eventId: string,
  unitId: string,
  input: ParticipantInput,
  joinWaitlist: boolean,
): Promise<ActionResult<{ status: string }>> {
  const baseUrl = await publicBaseUrl();
  const result = await runAction(async (actor) => {
    const done = await registerParticipant({ actor, eventId, unitId, input, joinWaitlist: joinWaitlist === true, baseUrl });
    return { status: done.status };
  });
  if (result.ok) revalidatePath(unitPage(eventId, unitId));
  return result;
}

export async function updateParticipantAction(eventId: string, unitId: string, registrationId: string, input: ParticipantInput): Promise<ActionResult<void>> {
  const result = await runAction((actor) => updateParticipant({ actor, registrationId, input }));
  if (result.ok) revalidatePath(unitPage(eventId, unitId));
  return result;
}

export async function replaceParticipantAction(eventId: string, unitId: string, registrationId: string, input: ParticipantInput): Promise<ActionResult<void>> {
  const baseUrl = await publicBaseUrl();
  const result = await runAction(async (actor) => {
    await replaceParticipant({ actor, registrationId, input, baseUrl });
  });
  if (result.ok) revalidatePath(unitPage(eventId, unitId));
  return result;
}

export async function cancelRegistrationAction(eventId: string, unitId: string, registrationId: string): Promise<ActionResult<void>> {
  const baseUrl = await publicBaseUrl();
  const result = await runAction(async (actor) => {
    await cancelRegistration({ actor, registrationId, baseUrl });
  });
  if (result.ok) revalidatePath(unitPage(eventId, unitId));
  return result;
}

/**
 * The public form of an event with open registration: nobody is signed in, the event allows it.
 * The answer is only "check your mail" (see submitOpenRegistration): never the ticket itself.
 */
export async function registerOpenlyAction(
  slug: string,
  input: ParticipantInput,
  joinWaitlist: boolean,
  proof: OpenRegistrationProof,
): Promise<ActionResult<OpenRegistrationAnswer>> {
  const baseUrl = await publicBaseUrl();
  const ip = clientIp(await headers());
  return runAction(() => submitOpenRegistration({ slug, input, joinWaitlist: joinWaitlist === true, baseUrl, ip, proof }));
}

export async function decideRegistrationAction(eventId: string, registrationId: string, input: DecisionInput): Promise<ActionResult<void>> {
  const baseUrl = await publicBaseUrl();
  const result = await runAction(async (actor) => {
    await decideRegistration({ input, registrationId, actor, baseUrl });
  });
  if (result.ok) revalidatePath(`/console/events/${eventId}/participants`);
  return result;
}
