import { z } from "zod";
import { UnitType } from "@/lib/generated/prisma/enums";
import { MAX_SEATS, MIN_SEATS } from "./constants";

// One schema per form, parsed again by the operation on the server. Numbers come from inputs as
// text, so seats are coerced; blank selects mean "any province" / "any type".

const seats = z.coerce.number().int().min(MIN_SEATS).max(MAX_SEATS);
const id = z.string().trim().min(1);
const optionalChoice = <T extends z.ZodType>(choice: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), choice.optional());

/** The seats field of the row editor and of the single-unit invite. */
export const seatsFormSchema = z.object({ seats });
export type SeatsFormValues = z.input<typeof seatsFormSchema>;

export const bulkInviteFormSchema = z.object({
  province: optionalChoice(z.string().trim().min(1).max(100)),
  type: optionalChoice(z.enum(UnitType)),
  seats,
});
export type BulkInviteFormValues = z.input<typeof bulkInviteFormSchema>;

export const setUnitQuotasSchema = z.object({
  eventId: id,
  entries: z
    .array(z.object({ unitId: id, seats }))
    .min(1)
    .max(5000)
    .refine((entries) => new Set(entries.map((e) => e.unitId)).size === entries.length, "quotas.errors.duplicateUnit"),
  confirmOverAllocation: z.boolean().default(false),
});
export type SetUnitQuotasInput = z.input<typeof setUnitQuotasSchema>;

export const inviteUnitsByFilterSchema = bulkInviteFormSchema.extend({
  eventId: id,
  confirmOverAllocation: z.boolean().default(false),
});
export type InviteUnitsByFilterInput = z.input<typeof inviteUnitsByFilterSchema>;

export const removeUnitInvitationSchema = z.object({ eventId: id, unitId: id });
