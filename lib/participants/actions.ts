"use server";

import { revalidatePath } from "next/cache";
import { formOf } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { importParticipants } from "./import-participants";
import { previewParticipantsImport } from "./preview-participants-import";
import { participantsImportSchema } from "./schema";

const previewInput = formOf(participantsImportSchema.omit({ overrideReason: true }));
const importInput = formOf(participantsImportSchema);

export const previewParticipantsImportAction = defineAction({
  args: [previewInput],
  permission: "registration:manage-any",
  run: (actor, { eventId, unitId, csvText }) => previewParticipantsImport({ eventId, unitId, csvText, actor }),
});

export const importParticipantsAction = defineAction({
  args: [importInput],
  permission: "registration:manage-any",
  run: (actor, { eventId, unitId, csvText, overrideReason }) => importParticipants({ eventId, unitId, csvText, overrideReason, actor }),
  after: (imported, { eventId }) => {
    revalidatePath(`/console/events/${encodeURIComponent(eventId)}`, "layout");
    return imported;
  },
});
