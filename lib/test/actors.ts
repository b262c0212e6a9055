import type { Actor } from "@/lib/auth/authorize";
import type { Db } from "@/lib/db/create-client";

/** The demo seed's organizer, Karanganyar coordinator and door staff as actors, read from the database. */
export async function demoActors(prisma: Db): Promise<{ organizer: Actor; coordinator: Actor; doorStaff: Actor }> {
  const users = await prisma.user.findMany({ include: { roles: true } });
  const actorOf = (email: string): Actor => {
    const u = users.find((x) => x.email === email);
    if (!u) throw new Error(`no demo user ${email}`);
    return { userId: u.id, name: u.name, email: u.email, roles: u.roles.map(({ role, unitId, eventId }) => ({ role, unitId, eventId })) };
  };
  return {
    organizer: actorOf("panitia@rakor.demo"),
    coordinator: actorOf("operator.karanganyar@rakor.demo"),
    doorStaff: actorOf("pintu@rakor.demo"),
  };
}
