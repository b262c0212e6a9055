"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { PUBLIC_AGENDA_TAG } from "@/lib/agenda/public/cache-tags";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { changeEventStatus } from "./change-event-status";
import { createEvent } from "./create-event";
import { duplicateEvent } from "./duplicate-event";
import type { DuplicateEventInput, EventFormInput } from "./schema";
import { updateEvent } from "./update-event";

export async function createEventAction(input: EventFormInput): Promise<ActionResult<{ id: string }>> {
  const result = await runAction((actor) => createEvent({ actor, input }));
  if (!result.ok) return result;
  revalidatePath("/console");
  redirect(`/console/events/${result.data.id}`);
}

export async function updateEventAction(eventId: string, input: EventFormInput): Promise<ActionResult<{ id: string }>> {
  const result = await runAction((actor) => updateEvent({ actor, eventId, input }));
  if (result.ok) revalidatePublicPages();
  return result;
}

export async function changeEventStatusAction(eventId: string, status: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => changeEventStatus({ actor, eventId, status }));
  if (result.ok) revalidatePublicPages();
  return result;
}

export async function duplicateEventAction(eventId: string, input: DuplicateEventInput): Promise<ActionResult<{ id: string }>> {
  const result = await runAction((actor) => duplicateEvent({ actor, eventId, input }));
  if (!result.ok) return result;
  revalidatePath("/console");
  redirect(`/console/events/${result.data.id}/edit`);
}

// An event's title, place, zone, address or status shows on every public page, including the cached
// agendas (whose data cache outlives a path revalidation): drop both. Rare enough to drop them all.
function revalidatePublicPages() {
  revalidateTag(PUBLIC_AGENDA_TAG, { expire: 0 });
  revalidatePath("/", "layout");
}
