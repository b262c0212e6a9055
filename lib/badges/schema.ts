import { z } from "zod";
import { id } from "@/lib/actions/args";
import { invalidField } from "@/lib/errors/app-error";

// Which badges a print run takes, as the Dokumen page's GET form sends it (?unit=&status=&printed=&size=)
// and as "Tandai sudah dicetak" receives it: one schema, so the marking takes exactly the people printed.

export const BADGE_SIZES = ["8", "10"] as const;
export type BadgeSize = (typeof BADGE_SIZES)[number];

/** "confirmed": the seated participants; "waitlist": those and the waiting list, for a generous print run. */
export const BADGE_STATUSES = ["confirmed", "waitlist"] as const;
/** "no": only those whose badge has not been marked printed, the reprint of new arrivals. */
export const BADGE_PRINTED = ["all", "no", "yes"] as const;

export const badgeFilterSchema = z.strictObject({
  /** A unit's id, or "" for every unit. */
  unit: z.string({ error: "badges.errors.unknownUnit" }).regex(/^(?:[A-Za-z0-9_-]{1,64})?$/, "badges.errors.unknownUnit").default(""),
  status: z.enum(BADGE_STATUSES, { error: "badges.errors.badStatus" }).default("confirmed"),
  printed: z.enum(BADGE_PRINTED, { error: "badges.errors.badPrinted" }).default("all"),
});

export type BadgeFilter = z.output<typeof badgeFilterSchema>;
export type BadgeFilterInput = z.input<typeof badgeFilterSchema>;

export const DEFAULT_BADGE_FILTER: BadgeFilter = { unit: "", status: "confirmed", printed: "all" };

/** Whose badges: the participants (with the filter), the event's speakers, or its committee (organisers and door staff). */
export const BADGE_AUDIENCES = ["participants", "speakers", "committee"] as const;
export type BadgeAudience = (typeof BADGE_AUDIENCES)[number];

/** Tent cards: the event's speakers (unless speakers=0) and the participants named by ?participant=id. */
export const MAX_TENT_PARTICIPANTS = 100;

const sizeSchema = z.enum(BADGE_SIZES, { error: "badges.errors.badSize" }).default("8");

/** The filter and sheet size of a request; a value that is not one of the choices is a 400 naming the field. */
export function parseBadgeQuery(params: URLSearchParams): { filter: BadgeFilter; size: BadgeSize; audience: BadgeAudience } {
  const value = (key: string) => params.get(key) ?? undefined;
  const filter = badgeFilterSchema.safeParse({ unit: value("unit"), status: value("status"), printed: value("printed") });
  if (!filter.success) {
    const issue = filter.error.issues[0]!;
    throw invalidField(String(issue.path[0] ?? "unit"), issue.message);
  }
  const size = sizeSchema.safeParse(value("size"));
  if (!size.success) throw invalidField("size", "badges.errors.badSize");
  const audience = z.enum(BADGE_AUDIENCES).default("participants").safeParse(value("audience"));
  if (!audience.success) throw invalidField("audience", "badges.errors.badAudience");
  return { filter: filter.data, size: size.data, audience: audience.data };
}

/** The query string of a filter and size, for links from the form. */
export function badgeQuery(filter: BadgeFilter, size?: BadgeSize): string {
  const params = new URLSearchParams({ ...filter, ...(size ? { size } : {}) });
  return params.toString();
}

export function parseTentQuery(params: URLSearchParams): { speakers: boolean; participantIds: string[] } {
  const speakers = params.get("speakers") ?? "1";
  if (speakers !== "0" && speakers !== "1") throw invalidField("speakers", "badges.errors.badSpeakers");
  const participantIds = [...new Set(params.getAll("participant").filter(Boolean))];
  if (participantIds.length > MAX_TENT_PARTICIPANTS) throw invalidField("participant", "badges.errors.tooManyParticipants", { max: MAX_TENT_PARTICIPANTS });
  if (participantIds.some((value) => !id.safeParse(value).success)) throw invalidField("participant", "badges.errors.unknownParticipant");
  return { speakers: speakers === "1", participantIds };
}
