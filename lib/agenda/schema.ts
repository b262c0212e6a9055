import { z } from "zod";

// One schema per agenda form: react-hook-form checks it in the browser, the server parses it again.
// Times arrive as the text of <input type="datetime-local"> and are read on the EVENT's clock by
// the operation (the zone comes from the database, never from the form).

export const SESSION_KINDS = ["OPENING", "KEYNOTE", "PANEL", "PLENARY", "BREAK", "MEAL", "CEREMONY", "OTHER"] as const;
export const SPEAKER_ROLES = ["SPEAKER", "MODERATOR", "MC", "KEYNOTE"] as const;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null);

const optionalId = z
  .string()
  .trim()
  .max(40)
  .transform((value) => value || null);

const optionalCount = z
  .union([z.string(), z.number()])
  .transform((value) => (typeof value === "string" ? value.trim() : value))
  .refine((value) => value === "" || (Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 100_000), "agenda.errors.capacity")
  .transform((value) => (value === "" ? null : Number(value)));

export const sessionSpeakerSchema = z.object({
  speakerId: z.string().trim().min(1).max(40),
  role: z.enum(SPEAKER_ROLES),
});

export const sessionFormSchema = z
  .object({
    title: z.string().trim().min(1, "agenda.errors.titleRequired").max(200),
    kind: z.enum(SESSION_KINDS),
    description: optionalText(2000),
    startsAt: z.string().regex(LOCAL_DATE_TIME, "validation.dateTime"),
    endsAt: z.string().regex(LOCAL_DATE_TIME, "validation.dateTime"),
    roomId: optionalId,
    trackId: optionalId,
    capacity: optionalCount,
    speakers: z.array(sessionSpeakerSchema).max(30),
  })
  .superRefine((values, ctx) => {
    // Wall-clock text in one zone compares like the instants it stands for (no Indonesian zone has
    // daylight saving); the operation compares the parsed instants again.
    if (LOCAL_DATE_TIME.test(values.startsAt) && LOCAL_DATE_TIME.test(values.endsAt) && values.endsAt <= values.startsAt) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "agenda.errors.endBeforeStart" });
    }
    const ids = values.speakers.map((s) => s.speakerId);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: "custom", path: ["speakers"], message: "agenda.errors.speakerTwice" });
    }
  });

export type SessionFormInput = z.input<typeof sessionFormSchema>;
export type SessionFormValues = z.output<typeof sessionFormSchema>;

export const roomFormSchema = z.object({
  name: z.string().trim().min(1).max(120),
  capacity: optionalCount,
  sortOrder: z.coerce.number().int().min(0).max(9999),
});
export type RoomFormInput = z.input<typeof roomFormSchema>;

export const trackFormSchema = z.object({
  name: z.string().trim().min(1).max(120),
  color: z
    .string()
    .trim()
    .refine((value) => value === "" || /^#[0-9a-fA-F]{6}$/.test(value), "agenda.errors.color")
    .transform((value) => (value ? value.toLowerCase() : null)),
});
export type TrackFormInput = z.input<typeof trackFormSchema>;
