import "server-only";
import { organizationsWith, type Actor } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

// Which events a write may lock: those of the organisations in which the actor holds the permission
// (lib/auth/authorize.ts organizationsWith), or any event for a caller that carries its own
// credential and found the event through it (a ticket or invitation token, the public form). An
// event outside the reach is "not found": the caller learns nothing about another organisation.

export const ANY_ORGANIZATION = "any-organization" as const;
export type Reach = readonly string[] | typeof ANY_ORGANIZATION;

export function reachOf(actor: Actor, permission: Permission): Reach {
  return organizationsWith(actor, permission);
}

/** The condition on an "Event" row (aliased or not) for raw queries. */
export function eventInReach(reach: Reach, column = Prisma.raw(`"organizationId"`)): Prisma.Sql {
  if (reach === ANY_ORGANIZATION) return Prisma.sql`TRUE`;
  return Prisma.sql`${column} = ANY(${[...reach]}::text[])`;
}

/** The same condition for a Prisma `where` on Event. */
export function eventWhereInReach(reach: Reach): Prisma.EventWhereInput {
  return reach === ANY_ORGANIZATION ? {} : { organizationId: { in: [...reach] } };
}
