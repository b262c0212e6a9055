import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/test/database";
import { actorForSession, endUserSession, endUserSessions, startUserSession } from "./user-sessions";

// Issue 12, item 4: a session is a row, and the cookie is worth only what its row is.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.UTC(2026, 11, 1, 0, 0, 0) + hours * HOUR);
let users = 0;

async function newUser(roles: ("ORGANIZER" | "ADMIN")[] = ["ORGANIZER"]) {
  const user = await prisma().user.create({ data: { email: `sesi-${++users}@uji.test`, name: `Pengguna ${users}` } });
  for (const role of roles) await prisma().roleAssignment.create({ data: { userId: user.id, role } });
  return user;
}

const lastSeen = async (token: string) => (await prisma().session.findUniqueOrThrow({ where: { sessionToken: token } })).lastSeenAt;

describe("a session that can be ended", () => {
  it("a fresh sign-in is the signed-in user with their roles and this session", async () => {
    const user = await newUser();
    const token = await startUserSession(user.id, at(0));
    const actor = await actorForSession(user.id, token, at(0.1));
    expect(actor).toEqual({ userId: user.id, name: user.name, email: user.email, roles: [{ role: "ORGANIZER", organizationId: null, unitId: null, eventId: null }], sessionToken: token });
  });

  it("signing out ends this browser's session and leaves the user's other browsers signed in", async () => {
    const user = await newUser();
    const here = await startUserSession(user.id, at(0));
    const phone = await startUserSession(user.id, at(0));
    await endUserSession(here);
    expect(await actorForSession(user.id, here, at(0.1))).toBeNull();
    expect((await actorForSession(user.id, phone, at(0.1)))?.userId).toBe(user.id);
  });

  it("a cookie without a session, with another user's session, or with a made-up one is nobody", async () => {
    const user = await newUser();
    const other = await newUser();
    const token = await startUserSession(other.id, at(0));
    expect(await actorForSession(user.id, undefined, at(0))).toBeNull();
    expect(await actorForSession(user.id, token, at(0))).toBeNull();
    expect(await actorForSession(user.id, "AAAAAAAAAAAAAAAAAAAAAA", at(0))).toBeNull();
    expect(await actorForSession(undefined, token, at(0))).toBeNull();
  });

  it("ends after 12 hours without use", async () => {
    const user = await newUser();
    const token = await startUserSession(user.id, at(0));
    expect(await actorForSession(user.id, token, at(11.9))).not.toBeNull();
    // Used at 11.9 h: the idle clock starts again from there.
    expect(await actorForSession(user.id, token, at(23.8))).not.toBeNull();
    expect(await actorForSession(user.id, token, at(35.8))).toBeNull();
  });

  it("ends 7 days after sign-in, however busy", async () => {
    const user = await newUser();
    const token = await startUserSession(user.id, at(0));
    for (let hour = 10; hour < 7 * 24; hour += 10) expect(await actorForSession(user.id, token, at(hour)), `hour ${hour}`).not.toBeNull();
    expect(await actorForSession(user.id, token, at(7 * 24))).toBeNull();
  });

  it("notes the last use at most every few minutes, not on every request", async () => {
    const user = await newUser();
    const token = await startUserSession(user.id, at(0));
    await actorForSession(user.id, token, at(2 / 60));
    expect(await lastSeen(token)).toEqual(at(0));
    await actorForSession(user.id, token, at(6 / 60));
    expect(await lastSeen(token)).toEqual(at(6 / 60));
  });

  it("a deactivated user's sessions stop at once, and a removed role is gone on the next request", async () => {
    const user = await newUser(["ORGANIZER", "ADMIN"]);
    const token = await startUserSession(user.id, at(0));
    await prisma().roleAssignment.deleteMany({ where: { userId: user.id, role: "ADMIN" } });
    expect((await actorForSession(user.id, token, at(0.1)))?.roles.map((r) => r.role)).toEqual(["ORGANIZER"]);
    await prisma().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await actorForSession(user.id, token, at(0.2))).toBeNull();
  });

  it("ending every session but one keeps that one; ending all leaves none, and touches nobody else's", async () => {
    const user = await newUser();
    const bystander = await newUser();
    const [a, b, c] = [await startUserSession(user.id, at(0)), await startUserSession(user.id, at(0)), await startUserSession(user.id, at(0))];
    const theirs = await startUserSession(bystander.id, at(0));
    expect(await endUserSessions(prisma(), user.id, { except: a })).toBe(2);
    expect(await actorForSession(user.id, a, at(0.1))).not.toBeNull();
    expect(await actorForSession(user.id, b, at(0.1))).toBeNull();
    expect(await actorForSession(user.id, c, at(0.1))).toBeNull();
    expect(await endUserSessions(prisma(), user.id)).toBe(1);
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await actorForSession(bystander.id, theirs, at(0.1))).not.toBeNull();
  });

  it("a new sign-in sweeps the user's sessions that have run out", async () => {
    const user = await newUser();
    const old = await startUserSession(user.id, at(0));
    const recent = await startUserSession(user.id, at(20));
    await startUserSession(user.id, at(21));
    const left = await prisma().session.findMany({ where: { userId: user.id }, select: { sessionToken: true } });
    expect(left.map((s) => s.sessionToken)).not.toContain(old);
    expect(left.map((s) => s.sessionToken)).toContain(recent);
    expect(left).toHaveLength(2);
  });
});
