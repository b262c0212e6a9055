"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formOf, id } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { PUBLIC_AGENDA_TAG } from "@/lib/agenda/public/cache-tags";
import { changeEventStatus } from "./change-event-status";
import { createEvent } from "./create-event";
import { duplicateEvent } from "./duplicate-event";
import { duplicateEventSchema, EVENT_STATUSES, eventFormSchema } from "./schema";
import { updateEvent } from "./update-event";

export const createEventAction = defineAction({
  args: [formOf(eventFormSchema)],
  permission: "event:manage",
  run: (actor, input) => createEvent({ actor, input }),
  after: (created): { id: string } => {
    revalidatePath("/console");
    redirect(`/console/events/${created.id}`);
  },
});

export const updateEventAction = defineAction({
  args: [id, formOf(eventFormSchema)],
  permission: "event:manage",
  run: (actor, eventId, input) => updateEvent({ actor, eventId, input }),
  after: (updated) => {
    revalidatePublicPages();
    return updated;
  },
});

export const changeEventStatusAction = defineAction({
  args: [id, z.enum(EVENT_STATUSES)],
  permission: "event:manage",
  run: (actor, eventId, status) => changeEventStatus({ actor, eventId, status }),
  after: () => revalidatePublicPages(),
});

export const duplicateEventAction = defineAction({
  args: [id, formOf(duplicateEventSchema)],
  permission: "event:manage",
  run: (actor, eventId, input) => duplicateEvent({ actor, eventId, input }),
  after: (copy): { id: string } => {
    revalidatePath("/console");
    redirect(`/console/events/${copy.id}/edit`);
  },
});

// An event's title, place, zone, address or status shows on every public page, including the cached
// agendas (whose data cache outlives a path revalidation): drop both. Rare enough to drop them all.
function revalidatePublicPages() {
  revalidateTag(PUBLIC_AGENDA_TAG, { expire: 0 });
  revalidatePath("/", "layout");
}
