"use server";

import { revalidatePath } from "next/cache";
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
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function changeEventStatusAction(eventId: string, status: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => changeEventStatus({ actor, eventId, status }));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function duplicateEventAction(eventId: string, input: DuplicateEventInput): Promise<ActionResult<{ id: string }>> {
  const result = await runAction((actor) => duplicateEvent({ actor, eventId, input }));
  if (!result.ok) return result;
  revalidatePath("/console");
  redirect(`/console/events/${result.data.id}/edit`);
}
