"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { revalidateAgenda } from "@/lib/agenda/revalidate-agenda";
import { deleteSpeaker } from "./delete-speaker";
import { saveSpeaker } from "./save-speaker";
import type { SpeakerFormInput } from "./schema";
import { setSpeakerPhoto } from "./set-speaker-photo";

function changed(event: { id: string; slug: string }) {
  revalidateAgenda(event);
  revalidatePath(`/console/events/${event.id}`, "layout");
}

export async function saveSpeakerAction(eventId: string, speakerId: string | null, input: SpeakerFormInput): Promise<ActionResult<{ id: string }>> {
  const result = await runAction((actor) => saveSpeaker({ input, eventId, speakerId: speakerId ?? undefined, actor }));
  if (!result.ok) return result;
  changed(result.data.event);
  return { ok: true, data: { id: result.data.id } };
}

export async function deleteSpeakerAction(eventId: string, speakerId: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => deleteSpeaker({ eventId, speakerId, actor }));
  if (!result.ok) return result;
  changed(result.data.event);
  return { ok: true, data: undefined };
}

/** Removing is an action; uploading goes through the photo route, as a file can exceed an action's body limit. */
export async function removeSpeakerPhotoAction(eventId: string, speakerId: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => setSpeakerPhoto({ eventId, speakerId, photo: null, actor }));
  if (!result.ok) return result;
  changed(result.data.event);
  return { ok: true, data: undefined };
}
