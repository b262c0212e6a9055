import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./index";
import { can, type Actor } from "./authorize";
import type { Permission } from "./permissions";
import { actorForSession } from "./user-sessions";

/**
 * The signed-in, active user with their roles, read once per request. The cookie alone is not
 * enough: its session row must still be live (lib/auth/user-sessions.ts), so signing out, a new
 * password or deactivation ends every copy of the cookie at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  return actorForSession(session?.user?.id, session?.sessionToken);
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

/** For pages any signed-in user may open (the account page). */
export async function requireSignedIn(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
