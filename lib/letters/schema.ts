import { z } from "zod";
import { optionalText } from "@/lib/validation/fields";

// The surat undangan form, parsed by the browser (react-hook-form) and again by saveLetter. The
// number may stay blank until the office numbers the letter in its own system (SRIKANDI).

const text = (max: number) => z.string().trim().min(1).max(max);

/** "2026-12-01", a real calendar day. */
const calendarDay = z
  .string()
  .trim()
  .refine((value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, "letters.errors.date");

export const letterFormSchema = z.object({
  number: z.string().trim().max(100),
  nature: text(50),
  attachment: text(100),
  subject: text(300),
  letterDate: calendarDay,
  place: text(100),
  addressees: text(1000),
  opening: text(2000),
  agenda: text(500),
  dressCode: text(300),
  travelCosts: text(500),
  contacts: text(500),
  closing: text(1500),
  signatoryTitle: text(300),
  signatoryName: text(200),
  signatoryNip: optionalText(18).refine((value) => value === null || /^\d{18}$/.test(value), "letters.errors.nip"),
  copies: optionalText(1000),
});

export type LetterFormInput = z.input<typeof letterFormSchema>;
export type LetterForm = z.output<typeof letterFormSchema>;

/** The form's fields in the order the page shows them. */
export const LETTER_FIELDS = Object.keys(letterFormSchema.shape) as (keyof LetterFormInput)[];
