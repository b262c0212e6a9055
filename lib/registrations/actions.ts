"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { flag, formOf, id, slug } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/http/client-ip";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { cancelRegistration } from "./cancel-registration";
import { decideRegistration, decisionSchema } from "./decide-registration";
import { registerParticipant } from "./register-participant";
import { replaceParticipant } from "./replace-participant";
import { participantSchema } from "./schema";
import { openRegistrationProofSchema, submitOpenRegistration } from "./submit-open-registration";
import { updateParticipant } from "./update-participant";

// The event and unit ids name the page to refresh; the domain operations find the registration's
// own event and unit and check the actor against those, never against what the client sent.

const unitPage = (eventId: string, unitId: string) => `/unit/events/${eventId}/${unitId}`;
const participant = formOf(participantSchema);

export const registerParticipantAction = defineAction({
  args: [id, id, participant, flag],
  permission: "registration:manage-unit",
  run: async (actor, eventId, unitId, input, joinWaitlist) => {
    const done = await registerParticipant({ actor, eventId, unitId, input, joinWaitlist, baseUrl: await publicBaseUrl() });
    return { status: done.status };
  },
  after: (done, eventId, unitId) => {
    revalidatePath(unitPage(eventId, unitId));
    return done;
  },
});

export const updateParticipantAction = defineAction({
  args: [id, id, id, participant],
  permission: "registration:manage-unit",
  run: (actor, _eventId, _unitId, registrationId, input) => updateParticipant({ actor, registrationId, input }),
  after: (_, eventId, unitId) => revalidatePath(unitPage(eventId, unitId)),
});

export const replaceParticipantAction = defineAction({
  args: [id, id, id, participant],
  permission: "registration:manage-unit",
  run: async (actor, _eventId, _unitId, registrationId, input) => {
    await replaceParticipant({ actor, registrationId, input, baseUrl: await publicBaseUrl() });
  },
  after: (_, eventId, unitId) => revalidatePath(unitPage(eventId, unitId)),
});

export const cancelRegistrationAction = defineAction({
  args: [id, id, id],
  permission: "registration:manage-unit",
  run: async (actor, _eventId, _unitId, registrationId) => {
    await cancelRegistration({ actor, registrationId, baseUrl: await publicBaseUrl() });
  },
  after: (_, eventId, unitId) => revalidatePath(unitPage(eventId, unitId)),
});

/**
 * The public form of an event with open registration: nobody is signed in, the event allows it.
 * The answer is only "check your mail" (see submitOpenRegistration): never the ticket itself.
 */
export const registerOpenlyAction = defineAction({
  args: [slug, participant, flag, openRegistrationProofSchema],
  permission: "public",
  run: async (_actor, eventSlug, input, joinWaitlist, proof) =>
    submitOpenRegistration({ slug: eventSlug, input, joinWaitlist, baseUrl: await publicBaseUrl(), ip: clientIp(await headers()), proof }),
});

export const decideRegistrationAction = defineAction({
  args: [id, id, formOf(decisionSchema)],
  permission: "registration:manage-any",
  run: async (actor, _eventId, registrationId, input) => {
    await decideRegistration({ input, registrationId, actor, baseUrl: await publicBaseUrl() });
  },
  after: (_, eventId) => revalidatePath(`/console/events/${eventId}/participants`),
});
