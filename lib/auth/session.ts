import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { auth } from "./index";
import { can, type Actor } from "./authorize";
import { loadActor } from "./load-actor";
import type { Permission } from "./permissions";

/** The signed-in, active user with their roles, read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(db, userId);
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
