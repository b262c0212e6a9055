"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { markOnlinePresent } from "./mark-online-present";
import { saveSignature } from "./save-signature";
import { setSignatureRequirement } from "./set-signature-requirement";
import { undoCheckIn } from "./undo-check-in";

export async function undoCheckInAction(eventId: string, checkInId: string): Promise<ActionResult<void>> {
  return runAction((actor) => undoCheckIn({ actor, eventId, checkInId }));
}

export async function saveSignatureAction(eventId: string, checkInId: string, png: string): Promise<ActionResult<void>> {
  return runAction((actor) => saveSignature({ actor, eventId, checkInId, png }));
}

export async function markOnlinePresentAction(eventId: string, input: { registrationId: string; day: string }): Promise<ActionResult<{ kind: string }>> {
  const result = await runAction(async (actor) => {
    const outcome = await markOnlinePresent({ ...input, actor, eventId });
    return { kind: outcome.kind };
  });
  if (result.ok) revalidatePath(`/console/events/${eventId}/attendance`);
  return result;
}

export async function setSignatureRequirementAction(eventId: string, required: boolean): Promise<ActionResult<void>> {
  const result = await runAction((actor) => setSignatureRequirement({ actor, eventId, required }));
  if (result.ok) revalidatePath(`/console/events/${eventId}/attendance`);
  return result;
}
