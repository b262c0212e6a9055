import { z } from "zod";

// The siaran pers editor (browser and server): a title and the body, as Humas edits the draft.

export const PRESS_TITLE_MAX = 300;
export const PRESS_BODY_MAX = 20_000;

export const pressReleaseSchema = z.object({
  title: z.string().trim().min(1, "reports.errors.titleRequired").max(PRESS_TITLE_MAX, "reports.errors.titleTooLong"),
  // Line breaks separate paragraphs; Windows line ends are kept as one.
  body: z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, "reports.errors.bodyRequired").max(PRESS_BODY_MAX, "reports.errors.bodyTooLong")),
});

export type PressReleaseInput = z.input<typeof pressReleaseSchema>;
export type PressReleaseText = z.output<typeof pressReleaseSchema>;
