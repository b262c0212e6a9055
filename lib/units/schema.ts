import { z } from "zod";
import { UnitType } from "@/lib/generated/prisma/enums";
import { optionalText, timeZoneField } from "@/lib/validation/fields";

// One schema for the unit form (react-hook-form in the browser), createUnit/updateUnit on the
// server and every row of a CSV import, so a value the form accepts is one the import accepts.

export const UNIT_TYPES = Object.values(UnitType);

export const unitSchema = z.object({
  // Codes are the import's key: upper case so "jtg-lp-smg" and "JTG-LP-SMG" are the same unit.
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(1)
    .max(40)
    .regex(/^[A-Z0-9][A-Z0-9._/-]*$/, "units.errors.codeFormat"),
  name: z.string().trim().min(1).max(200),
  type: z.enum(UnitType, {
    error: (issue) => (issue.input === undefined || issue.input === "" ? "validation.required" : "units.errors.typeUnknown"),
  }),
  class: optionalText(20),
  // Spaces collapsed so "Jawa  Tengah" finds the Kanwil of "Jawa Tengah".
  province: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .transform((value) => value.replace(/\s+/g, " ")),
  city: optionalText(100),
  timeZone: timeZoneField,
});

export type UnitFormValues = z.input<typeof unitSchema>;
export type UnitInput = z.output<typeof unitSchema>;

export const updateUnitSchema = unitSchema.extend({ unitId: z.string().min(1) });

/** What a list page may be asked for; anything else is ignored rather than refused. */
export const unitListFilterSchema = z.object({
  query: z.string().trim().max(100).catch(""),
  province: z.string().trim().max(100).catch(""),
  type: z.enum(UnitType).nullable().catch(null),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** As it comes from the page's search parameters. */
export interface UnitListFilter {
  query?: string | string[];
  province?: string | string[];
  type?: string | string[] | null;
  page?: string | string[] | number;
}
