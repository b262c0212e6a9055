import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { auth } from "./index";
import { can, type Actor, type RoleGrant } from "./authorize";
import type { Permission } from "./permissions";

/** The signed-in, active user with their roles, read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  // One round trip (every request asks this): the user and their roles aggregated in one row.
  const rows = await db.$queryRaw<{ id: string; name: string; email: string; roles: RoleGrant[] }[]>`
    SELECT u."id", u."name", u."email",
           COALESCE(json_agg(json_build_object('role', r."role", 'unitId', r."unitId", 'eventId', r."eventId")
                    ORDER BY r."id") FILTER (WHERE r."id" IS NOT NULL), '[]'::json) AS "roles"
      FROM "User" u LEFT JOIN "RoleAssignment" r ON r."userId" = u."id"
     WHERE u."id" = ${userId} AND u."active"
     GROUP BY u."id"`;
  const user = rows[0];
  if (!user) return null;
  return { userId: user.id, name: user.name, email: user.email, roles: user.roles };
});

/**
 * For pages: anonymous visitors go to sign-in and come back; signed-in users without the
 * permission get the 403 page. Data reads still authorize on their own.
 */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(actor, permission)) redirect("/forbidden");
  return actor;
}
