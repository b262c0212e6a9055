"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formOf, id } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { markBadgesPrinted } from "./mark-badges-printed";
import { badgeFilterSchema } from "./schema";

export const markBadgesPrintedAction = defineAction({
  args: [id, formOf(badgeFilterSchema), z.iso.datetime({ offset: true, error: "badges.errors.badAsOf" })],
  permission: "event:manage",
  run: (actor, eventId, filter, asOf) => markBadgesPrinted({ actor, eventId, filter, asOf }),
  after: (result, eventId) => {
    revalidatePath(`/console/events/${eventId}/documents`, "layout");
    return result;
  },
});
