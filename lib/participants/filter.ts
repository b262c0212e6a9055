import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compactNip } from "@/lib/registrations/nip";
import { ACTIVE_STATUSES } from "./constants";
import type { ParticipantFilter } from "./schema";

// One filter for the list page and both exports, so a file holds exactly the rows on screen.

export function participantWhere(eventId: string, filter: ParticipantFilter): Prisma.RegistrationWhereInput {
  const conditions: Prisma.RegistrationWhereInput[] = [];
  if (filter.unitId) conditions.push({ unitId: filter.unitId });
  if (filter.province) conditions.push({ unit: { regionalOffice: { province: filter.province } } });
  if (filter.status === "active") conditions.push({ status: { in: [...ACTIVE_STATUSES] } });
  else if (filter.status !== "all") conditions.push({ status: filter.status });
  if (filter.mode) conditions.push({ attendanceMode: filter.mode });
  if (filter.q) {
    // Prisma hands the text to ILIKE as is: escape its wildcards so "%" is searched for, not matched.
    const name = filter.q.replace(/[\\%_]/g, "\\$&");
    // NIPs are typed with spaces between their parts as often as without.
    const nip = compactNip(filter.q);
    conditions.push({
      OR: [{ name: { contains: name, mode: "insensitive" } }, ...(/^\d+$/.test(nip) ? [{ nip: { startsWith: nip } }] : [])],
    });
  }
  return { eventId, AND: conditions };
}

/** By unit, then name; the id breaks ties between namesakes so pages never overlap or skip. */
export const participantOrder: Prisma.RegistrationOrderByWithRelationInput[] = [{ unit: { name: "asc" } }, { name: "asc" }, { id: "asc" }];
