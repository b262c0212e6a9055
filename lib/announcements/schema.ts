import { z } from "zod";

export const announcementFormSchema = z.object({
  body: z.string().trim().min(1, "announcements.errors.bodyRequired").max(1000),
  sessionId: z
    .string()
    .trim()
    .max(40)
    .transform((value) => value || null),
});
export type AnnouncementFormInput = z.input<typeof announcementFormSchema>;
