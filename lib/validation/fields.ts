import { z } from "zod";
import { canonicalTimeZone } from "@/lib/time";

// Fields that several forms share, with the same message keys everywhere.

/** Optional text: empty means "none"; null is accepted too, so a parsed value parses again to itself. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

/** An IANA time zone, stored under its canonical name ("Asia/Ujung_Pandang" becomes "Asia/Makassar"). */
export const timeZoneField = z
  .string()
  .trim()
  .min(1)
  .refine((value) => canonicalTimeZone(value) !== null, "units.errors.timeZoneUnknown")
  .transform((value) => canonicalTimeZone(value) ?? value);
