import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor, RoleGrant } from "./authorize";

/**
 * An active user with their roles in force (door staff roles end at their expiry), each with the
 * organisation it belongs to. One round trip, since every request asks it.
 */
export async function loadActor(client: Pick<Db, "$queryRaw">, userId: string): Promise<Actor | null> {
  const rows = await client.$queryRaw<{ id: string; name: string; email: string; roles: RoleGrant[] }[]>`
    SELECT u."id", u."name", u."email",
           COALESCE(json_agg(json_build_object(
                      'role', r."role",
                      'organizationId', COALESCE(r."organizationId", gu."organizationId", ge."organizationId"),
                      'unitId', r."unitId", 'eventId', r."eventId")
                    ORDER BY r."id") FILTER (WHERE r."id" IS NOT NULL), '[]'::json) AS "roles"
      FROM "User" u
      LEFT JOIN "RoleAssignment" r ON r."userId" = u."id" AND (r."expiresAt" IS NULL OR r."expiresAt" > now())
      LEFT JOIN "Unit" gu ON gu."id" = r."unitId"
      LEFT JOIN "Event" ge ON ge."id" = r."eventId"
     WHERE u."id" = ${userId} AND u."active"
     GROUP BY u."id"`;
  const user = rows[0];
  return user ? { userId: user.id, name: user.name, email: user.email, roles: user.roles } : null;
}
