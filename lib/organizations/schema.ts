import { z } from "zod";
import { optionalText, timeZoneField } from "@/lib/validation/fields";

// The organisation settings form (browser and server): the letterhead every document prints.

export const LOGO_MAX_BYTES = 1024 * 1024;

export const organizationSettingsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  shortName: optionalText(50),
  // Up to three lines above the name, e.g. "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN" / "REPUBLIK INDONESIA".
  parentLines: z
    .string()
    .max(400)
    .nullish()
    .transform((value) => (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join("\n") || null)
    .refine((value) => value === null || value.split("\n").length <= 3, "organization.errors.parentLinesTooMany"),
  address: optionalText(300),
  phone: optionalText(50),
  email: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((value) => (value ? value.toLowerCase() : null))
    .refine((value) => value === null || z.email().safeParse(value).success, "validation.email"),
  website: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), "validation.url"),
  timeZone: timeZoneField,
});

export type OrganizationSettingsValues = z.input<typeof organizationSettingsSchema>;
export type OrganizationSettings = z.output<typeof organizationSettingsSchema>;

// A new organisation (by the installation's admin) and the first person who runs it.
export const newOrganizationSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(2)
    .max(40)
    .regex(/^[A-Z0-9][A-Z0-9-]*$/, "organization.errors.codeFormat"),
  name: z.string().trim().min(1).max(200),
  shortName: optionalText(50),
  timeZone: organizationSettingsSchema.shape.timeZone,
  organizerName: z.string().trim().min(1).max(200),
  organizerEmail: z.string().trim().toLowerCase().max(200).pipe(z.email("validation.email")),
});

export type NewOrganizationValues = z.input<typeof newOrganizationSchema>;
