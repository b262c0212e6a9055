"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { inviteUnitsByFilter } from "./invite-units-by-filter";
import type { QuotaChangeResult } from "./quota-changes";
import { removeUnitInvitation } from "./remove-unit-invitation";
import type { BulkInviteFormValues } from "./schema";
import { setUnitQuotas } from "./set-unit-quotas";

// The whole event section: its overview shows the same totals as the units page.
const eventSection = (eventId: string) => `/console/events/${eventId}`;

export interface SaveUnitQuotaInput {
  eventId: string;
  unitId: string;
  seats: unknown;
  confirmOverAllocation?: boolean;
}

/** One unit's seats (invite or change). Field errors come back on "seats", as the row form names it. */
export async function saveUnitQuotaAction(input: SaveUnitQuotaInput): Promise<ActionResult<QuotaChangeResult>> {
  const { eventId, unitId, seats, confirmOverAllocation = false } = input;
  const result = await runAction((actor) =>
    setUnitQuotas({ actor, eventId, entries: [{ unitId, seats }], confirmOverAllocation }),
  );
  if (result.ok) {
    revalidatePath(eventSection(eventId), "layout");
    return result;
  }
  const fieldErrors = Object.entries(result.fieldErrors ?? {}).map(([field, text]) => [field.replace(/^entries\.0\./, ""), text]);
  return { ...result, fieldErrors: fieldErrors.length ? Object.fromEntries(fieldErrors) : undefined };
}

export async function inviteUnitsByFilterAction(
  input: BulkInviteFormValues & { eventId: string; confirmOverAllocation?: boolean },
): Promise<ActionResult<QuotaChangeResult>> {
  const result = await runAction((actor) => inviteUnitsByFilter({ ...input, actor }));
  if (result.ok) revalidatePath(eventSection(input.eventId), "layout");
  return result;
}

export async function removeUnitInvitationAction(input: { eventId: string; unitId: string }): Promise<ActionResult<{ unitId: string }>> {
  const result = await runAction((actor) => removeUnitInvitation({ ...input, actor }));
  if (result.ok) revalidatePath(eventSection(input.eventId), "layout");
  return result;
}
