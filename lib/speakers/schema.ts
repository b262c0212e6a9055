import { z } from "zod";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null);

export const speakerFormSchema = z.object({
  name: z.string().trim().min(1).max(200),
  title: optionalText(200),
  organization: optionalText(200),
  bio: optionalText(1500),
});
export type SpeakerFormInput = z.input<typeof speakerFormSchema>;

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
