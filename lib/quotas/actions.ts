"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { flag, formOf, id } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { inviteUnitsByFilter } from "./invite-units-by-filter";
import { removeUnitInvitation } from "./remove-unit-invitation";
import { bulkInviteFormSchema, seatsFormSchema } from "./schema";
import { setUnitQuotas } from "./set-unit-quotas";

// The whole event section: its overview shows the same totals as the units page.
const eventSectionChanged = <T>(result: T, { eventId }: { eventId: string }) => {
  revalidatePath(`/console/events/${eventId}`, "layout");
  return result;
};

const confirm = { confirmOverAllocation: flag.optional() };

/** One unit's seats (invite or change). Field errors come back on "seats", as the row form names it. */
export const saveUnitQuotaAction = defineAction({
  args: [formOf(z.object({ eventId: id, unitId: id, ...seatsFormSchema.shape, ...confirm }))],
  permission: "quota:manage",
  run: (actor, { eventId, unitId, seats, confirmOverAllocation = false }) =>
    setUnitQuotas({ actor, eventId, entries: [{ unitId, seats }], confirmOverAllocation }),
  after: eventSectionChanged,
  formField: (field) => field.replace(/^entries\.0\./, ""),
});

export const inviteUnitsByFilterAction = defineAction({
  args: [formOf(bulkInviteFormSchema.extend({ eventId: id, ...confirm }))],
  permission: "quota:manage",
  run: (actor, input) => inviteUnitsByFilter({ ...input, actor }),
  after: eventSectionChanged,
});

export const removeUnitInvitationAction = defineAction({
  args: [z.object({ eventId: id, unitId: id })],
  permission: "quota:manage",
  run: (actor, { eventId, unitId }) => removeUnitInvitation({ eventId, unitId, actor }),
  after: eventSectionChanged,
});
