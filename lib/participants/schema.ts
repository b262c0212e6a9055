import { z } from "zod";
import { AttendanceMode } from "@/lib/generated/prisma/enums";
import { STATUS_FILTERS } from "./constants";

// A filter comes from the address bar (the list page's GET form, the export links): anything
// malformed falls back to "no filter" rather than an error page.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = (max: number) => z.preprocess(first, z.string().trim().max(max).catch("")).catch("");

export const participantFilterSchema = z.object({
  unitId: text(40),
  province: text(100),
  status: z.preprocess(first, z.enum(STATUS_FILTERS)).catch("active"),
  mode: z.preprocess(first, z.enum(AttendanceMode).nullable()).catch(null),
  q: text(100),
});

export const participantListSchema = participantFilterSchema.extend({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export type ParticipantFilter = z.output<typeof participantFilterSchema>;

/** As it comes from a page's or a route's search parameters. */
export interface ParticipantFilterParams {
  unitId?: string | string[] | null;
  province?: string | string[] | null;
  status?: string | string[] | null;
  mode?: string | string[] | null;
  q?: string | string[] | null;
  page?: string | string[] | number | null;
}

/** The search parameters of a filter, without defaults, for links that keep it (pages, exports). */
export function filterSearchParams(filter: ParticipantFilter, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.unitId) params.set("unitId", filter.unitId);
  if (filter.province) params.set("province", filter.province);
  if (filter.status !== "active") params.set("status", filter.status);
  if (filter.mode) params.set("mode", filter.mode);
  if (filter.q) params.set("q", filter.q);
  if (page > 1) params.set("page", String(page));
  return params;
}

export const participantsImportSchema = z.object({
  eventId: z.string().min(1).max(40),
  unitId: z.string().min(1, "participants.errors.unitRequired").max(40),
  csvText: z.string().max(2_000_000),
  // Checked by the registration rules, and only when the event is outside its registration window.
  overrideReason: z.string().max(500).nullish(),
});
