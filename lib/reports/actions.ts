"use server";

import { revalidatePath } from "next/cache";
import { formOf, id } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { resetPressRelease } from "./reset-press-release";
import { savePressRelease } from "./save-press-release";
import { pressReleaseSchema } from "./schema";

const pressChanged = <T>(result: T, eventId: string) => {
  revalidatePath(`/console/events/${eventId}/documents`, "layout");
  return result;
};

export const savePressReleaseAction = defineAction({
  args: [id, formOf(pressReleaseSchema)],
  permission: "event:manage",
  run: (actor, eventId, input) => savePressRelease({ actor, eventId, input }),
  after: pressChanged,
});

export const resetPressReleaseAction = defineAction({
  args: [id],
  permission: "event:manage",
  run: (actor, eventId) => resetPressRelease({ actor, eventId }),
  after: pressChanged,
});
