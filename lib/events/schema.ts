import { z } from "zod";
import { isValidTimeZone, parseInZone } from "@/lib/time";

// One schema for the event form: react-hook-form checks it in the browser, the server parses it
// again. Dates arrive as the text of <input type="datetime-local"> and are read in the event's zone.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null);

export const EVENT_DATE_FIELDS = ["startsAt", "endsAt", "registrationOpensAt", "registrationClosesAt"] as const;
type DateField = (typeof EVENT_DATE_FIELDS)[number];

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "events.errors.slugFormat");

export const eventFormSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    slug,
    theme: optionalText(300),
    slogan: optionalText(200),
    description: optionalText(5000),
    venueName: z.string().trim().min(1).max(200),
    venueRoom: optionalText(200),
    venueAddress: optionalText(500),
    venueCity: optionalText(120),
    venueMapUrl: z
      .string()
      .trim()
      .max(2000)
      .refine((value) => value === "" || /^https:\/\/\S+$/.test(value), "validation.url")
      .transform((value) => value || null),
    timeZone: z.string().refine(isValidTimeZone, "validation.timeZone"),
    startsAt: z.string().min(1),
    endsAt: z.string().min(1),
    registrationOpensAt: z.string().min(1),
    registrationClosesAt: z.string().min(1),
    capacity: z.coerce.number().int().min(1).max(100_000),
    mode: z.enum(["IN_PERSON", "HYBRID"]),
    /** A public form where anyone may register, for events without unit quotas. */
    openRegistration: z.boolean().default(false),
    /** Public registrations wait (holding a seat) until an organizer approves or rejects them. */
    requiresApproval: z.boolean().default(false),
  })
  .superRefine((values, ctx) => {
    if (!isValidTimeZone(values.timeZone)) return;
    const instant = (field: DateField) => {
      const parsed = values[field] ? parseInZone(values[field], values.timeZone) : null;
      if (values[field] && !parsed) ctx.addIssue({ code: "custom", path: [field], message: "validation.dateTime" });
      return parsed;
    };
    const [startsAt, endsAt, opensAt, closesAt] = EVENT_DATE_FIELDS.map(instant);
    if (startsAt && endsAt && endsAt <= startsAt) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "events.errors.endBeforeStart" });
    }
    if (opensAt && closesAt && closesAt <= opensAt) {
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "events.errors.closesBeforeOpens" });
    }
    if (closesAt && endsAt && closesAt > endsAt) {
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "events.errors.closesAfterEnd" });
    }
  });

export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventFormValues = z.output<typeof eventFormSchema>;

/** The database fields of a validated form: the four local times become UTC instants. */
export function toEventData(values: EventFormValues) {
  const at = (field: DateField) => parseInZone(values[field], values.timeZone)!;
  return {
    ...values,
    startsAt: at("startsAt"),
    endsAt: at("endsAt"),
    registrationOpensAt: at("registrationOpensAt"),
    registrationClosesAt: at("registrationClosesAt"),
  };
}

export const duplicateEventSchema = z.object({
  title: z.string().trim().min(1).max(200),
  slug,
  startsAt: z.string().min(1),
});
export type DuplicateEventInput = z.input<typeof duplicateEventSchema>;

export const EVENT_STATUSES = ["DRAFT", "PUBLISHED", "CLOSED", "FINISHED", "ARCHIVED"] as const;
export type EventStatusValue = (typeof EVENT_STATUSES)[number];

/** The moves an organizer may make; ARCHIVED is final and read-only. */
export const STATUS_TRANSITIONS: Record<EventStatusValue, EventStatusValue[]> = {
  DRAFT: ["PUBLISHED", "ARCHIVED"],
  PUBLISHED: ["CLOSED", "DRAFT"],
  CLOSED: ["PUBLISHED", "FINISHED"],
  FINISHED: ["ARCHIVED"],
  ARCHIVED: [],
};
