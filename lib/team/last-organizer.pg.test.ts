import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { isAppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "@/lib/test/database";
import { createOrganizer } from "@/lib/units/testing";
import { removeRole } from "./remove-role";
import { setAccountActive } from "./set-account-active";

// On a real PostgreSQL server, where two organisers acting in the same second truly race (PGlite
// runs one statement at a time and cannot show it): the organisation lock keeps one organiser.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
const ROUNDS = 10;

async function twoOrganizers(): Promise<[Actor, Actor, string]> {
  const first = await createOrganizer(prisma());
  const organizationId = first.roles[0]!.organizationId!;
  return [first, await createOrganizer(prisma(), organizationId), organizationId];
}

const roleOf = async (actor: Actor) => (await prisma().roleAssignment.findFirstOrThrow({ where: { userId: actor.userId, role: "ORGANIZER" } })).id;
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "done",
    (error: unknown) => (isAppError(error) ? (error.fieldErrors._form?.key ?? error.code) : Promise.reject(error)),
  );
const activeOrganizers = (organizationId: string) =>
  prisma().roleAssignment.count({ where: { role: "ORGANIZER", organizationId, user: { active: true } } });

describe("two organisers at the same moment", () => {
  it("removing each other's role: one succeeds, the other is told they are the last organiser", async () => {
    expect(database.current.isPostgresServer).toBe(true);
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b, organizationId] = await twoOrganizers();
      const [roleA, roleB] = [await roleOf(a), await roleOf(b)];
      const results = await Promise.all([outcome(removeRole({ actor: a, roleAssignmentId: roleB })), outcome(removeRole({ actor: b, roleAssignmentId: roleA }))]);
      expect(results.sort()).toEqual(["done", "team.errors.lastOrganizer"]);
      expect(await activeOrganizers(organizationId)).toBe(1);
    }
  });

  it("deactivating each other's account: one organiser stays active", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b, organizationId] = await twoOrganizers();
      const results = await Promise.all([
        outcome(setAccountActive({ actor: a, userId: b.userId, active: false })),
        outcome(setAccountActive({ actor: b, userId: a.userId, active: false })),
      ]);
      expect(results.sort()).toEqual(["done", "team.errors.lastOrganizer"]);
      expect(await activeOrganizers(organizationId)).toBe(1);
    }
  });
});
