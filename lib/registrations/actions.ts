"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { cancelRegistration } from "./cancel-registration";
import { decideRegistration, type DecisionInput } from "./decide-registration";
import { registerOpenly } from "./register-openly";
import { registerParticipant } from "./register-participant";
import { replaceParticipant } from "./replace-participant";
import type { ParticipantInput } from "./schema";
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

/** The public form of an event with open registration: nobody is signed in, the event allows it. */
export async function registerOpenlyAction(
  slug: string,
  input: ParticipantInput,
  joinWaitlist: boolean,
): Promise<ActionResult<{ status: string; ticketToken: string }>> {
  const baseUrl = await publicBaseUrl();
  return runAction(async () => {
    const done = await registerOpenly({ slug, input, joinWaitlist: joinWaitlist === true, baseUrl });
    return { status: done.status, ticketToken: done.ticketToken };
  });
}

export async function decideRegistrationAction(eventId: string, registrationId: string, input: DecisionInput): Promise<ActionResult<void>> {
  const baseUrl = await publicBaseUrl();
  const result = await runAction(async (actor) => {
    await decideRegistration({ input, registrationId, actor, baseUrl });
  });
  if (result.ok) revalidatePath(`/console/events/${eventId}/participants`);
  return result;
}
