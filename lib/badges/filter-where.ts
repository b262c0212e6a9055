import type { Prisma } from "@/lib/generated/prisma/client";
import type { BadgeFilter } from "./schema";

/** The registrations of one event a badge filter takes; the caller has scoped the event to the actor. */
export function badgeWhere(eventId: string, filter: BadgeFilter): Prisma.RegistrationWhereInput {
  return {
    eventId,
    status: { in: filter.status === "waitlist" ? ["CONFIRMED", "WAITLISTED"] : ["CONFIRMED"] },
    ...(filter.unit ? { unitId: filter.unit } : {}),
    ...(filter.printed === "no" ? { badgePrintedAt: null } : filter.printed === "yes" ? { badgePrintedAt: { not: null } } : {}),
  };
}

/** "Rapat Koordinasi Humas …" prints as "Rakor Humas …": the badge's header has room for two short lines. */
export function shortEventTitle(title: string): string {
  return title.replace(/^\s*rapat\s+koordinasi\b/i, "Rakor").trim();
}
