import "server-only";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor, RoleGrant } from "./authorize";

/** A live session to require: its token, and the instants before which it counts as ended. */
export interface SessionCheck {
  sessionToken: string;
  now: Date;
  /** A session last seen before this is idle, hence over. */
  idleSince: Date;
}

/**
 * An active user with their roles in force (door staff roles end at their expiry), each with the
 * organisation it belongs to; with `session`, only while that session row lives. One round trip,
 * since every request asks it.
 */
export async function loadActor(
  client: Pick<Db, "$queryRaw">,
  userId: string,
  session?: SessionCheck,
): Promise<{ actor: Actor; lastSeenAt: Date | null } | null> {
  const now = session?.now ?? new Date();
  const rows = await client.$queryRaw<{ id: string; name: string; email: string; roles: RoleGrant[]; lastSeenAt: Date | null }[]>`
    SELECT u."id", u."name", u."email", ${session ? Prisma.sql`s."lastSeenAt"` : Prisma.sql`NULL::timestamptz`} AS "lastSeenAt",
           COALESCE(json_agg(json_build_object(
                      'role', r."role",
                      'organizationId', COALESCE(r."organizationId", gu."organizationId", ge."organizationId"),
                      'unitId', r."unitId", 'eventId', r."eventId")
                    ORDER BY r."id") FILTER (WHERE r."id" IS NOT NULL), '[]'::json) AS "roles"
      FROM "User" u
      ${
        session
          ? Prisma.sql`JOIN "Session" s ON s."userId" = u."id" AND s."sessionToken" = ${session.sessionToken}
                        AND s."expires" > ${now} AND s."lastSeenAt" > ${session.idleSince}`
          : Prisma.empty
      }
      LEFT JOIN "RoleAssignment" r ON r."userId" = u."id" AND (r."expiresAt" IS NULL OR r."expiresAt" > ${now})
      LEFT JOIN "Unit" gu ON gu."id" = r."unitId"
      LEFT JOIN "Event" ge ON ge."id" = r."eventId"
     WHERE u."id" = ${userId} AND u."active"
     GROUP BY u."id"${session ? Prisma.sql`, s."id"` : Prisma.empty}`;
  const user = rows[0];
  return user ? { actor: { userId: user.id, name: user.name, email: user.email, roles: user.roles }, lastSeenAt: user.lastSeenAt } : null;
}
