import type { Actor } from "@/lib/auth/authorize";
import { loadActor } from "@/lib/auth/load-actor";
import type { Db } from "@/lib/db/create-client";

/** A user as getActor() sees them on a request: their roles in force and each role's organisation. */
export async function actorOf(prisma: Db, email: string): Promise<Actor> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  const actor = user && (await loadActor(prisma, user.id))?.actor;
  if (!actor) throw new Error(`no active user ${email}`);
  return actor;
}

/** The demo seed's organizer, Karanganyar coordinator and door staff as actors, read from the database. */
export async function demoActors(prisma: Db): Promise<{ organizer: Actor; coordinator: Actor; doorStaff: Actor }> {
  const [organizer, coordinator, doorStaff] = await Promise.all([
    actorOf(prisma, "panitia@rakor.demo"),
    actorOf(prisma, "operator.karanganyar@rakor.demo"),
    actorOf(prisma, "pintu@rakor.demo"),
  ]);
  return { organizer, coordinator, doorStaff };
}
