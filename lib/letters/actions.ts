"use server";

import { revalidatePath } from "next/cache";
import { formOf, id } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { letterFormSchema } from "./schema";
import { saveLetter } from "./save-letter";

export const saveLetterAction = defineAction({
  args: [id, formOf(letterFormSchema)],
  permission: "event:manage",
  run: (actor, eventId, input) => saveLetter({ actor, eventId, input }),
  after: (saved) => {
    revalidatePath(`/console/events/${saved.eventId}/documents`);
    return saved;
  },
});
