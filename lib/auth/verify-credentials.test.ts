import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/test/database";
import { PASSWORD_CHECKS_RUNNING, PASSWORD_CHECKS_WAITING, UNKNOWN_ACCOUNT_HASH, hashPassword, verifyPassword } from "./password";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, SIGN_IN_WINDOW_MINUTES, verifyCredentials } from "./verify-credentials";

const database = setupTestDatabase();
const PASSWORD = "Benar-sekali-2024";
const minutes = (n: number) => n * 60_000;

async function createUser(email: string, options: { active?: boolean } = {}) {
  return database.current.prisma.user.create({
    data: { email, name: email, passwordHash: await hashPassword(PASSWORD), active: options.active ?? true },
  });
}

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the case and spaces of the email, and records the sign-in", async () => {
    const user = await createUser("operator@lapas.test");
    const now = new Date("2026-11-27T01:00:00Z");
    const result = await verifyCredentials({ email: "  Operator@Lapas.TEST ", password: PASSWORD, ip: "10.0.0.1", now });
    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.email, email: user.email } });
    const stored = await database.current.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).toEqual(now);
  });

  it("refuses a wrong password, an unknown account and a deactivated account alike", async () => {
    await createUser("nonaktif@lapas.test", { active: false });
    await createUser("aktif@lapas.test");
    const ip = "10.0.0.2";
    expect(await verifyCredentials({ email: "aktif@lapas.test", password: "salah", ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "tidak-ada@lapas.test", password: PASSWORD, ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "nonaktif@lapas.test", password: PASSWORD, ip })).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures from one address, even for the right password, until the window passes`, async () => {
    await createUser("dikunci@lapas.test");
    const start = new Date("2026-11-27T02:00:00Z");
    const ip = "10.1.0.1";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const at = new Date(start.getTime() + minutes(i));
      expect(await verifyCredentials({ email: "dikunci@lapas.test", password: `tebak-${i}`, ip, now: at })).toEqual({ ok: false, reason: "invalid" });
    }
    const during = new Date(start.getTime() + minutes(5));
    const locked = await verifyCredentials({ email: "dikunci@lapas.test", password: PASSWORD, ip, now: during });
    expect(locked).toEqual({ ok: false, reason: "rate_limited", retryAfterMinutes: SIGN_IN_WINDOW_MINUTES - 5 });

    // A locked attempt is not even checked, so it does not extend the lock.
    const after = new Date(start.getTime() + minutes(SIGN_IN_WINDOW_MINUTES) + 1);
    expect((await verifyCredentials({ email: "dikunci@lapas.test", password: PASSWORD, ip, now: after })).ok).toBe(true);
  });

  it("a stranger guessing a known account's password from one address does not lock its owner out elsewhere", async () => {
    const owner = await createUser("dikenal@lapas.test");
    const now = new Date("2026-11-27T02:30:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 3; i++) {
      await verifyCredentials({ email: "dikenal@lapas.test", password: `tebak-${i}`, ip: "203.0.113.66", now });
    }
    expect(await verifyCredentials({ email: "dikenal@lapas.test", password: PASSWORD, ip: "203.0.113.66", now })).toMatchObject({ ok: false, reason: "rate_limited" });
    const fromOwner = await verifyCredentials({ email: "dikenal@lapas.test", password: PASSWORD, ip: "198.51.100.20", now });
    expect(fromOwner).toEqual({ ok: true, user: { id: owner.id, name: owner.email, email: owner.email } });
  });

  it(`stops one address after ${MAX_FAILURES_PER_IP} failures across many accounts`, async () => {
    await createUser("korban@lapas.test");
    const ip = "203.0.113.9";
    const now = new Date("2026-11-27T03:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await verifyCredentials({ email: `coba${i}@lapas.test`, password: "x", ip, now });
    }
    const fromSameIp = await verifyCredentials({ email: "korban@lapas.test", password: PASSWORD, ip, now });
    expect(fromSameIp).toMatchObject({ ok: false, reason: "rate_limited" });
    const fromElsewhere = await verifyCredentials({ email: "korban@lapas.test", password: PASSWORD, ip: "198.51.100.1", now });
    expect(fromElsewhere.ok).toBe(true);
  });

  it("counts only failures since the last successful sign-in", async () => {
    await createUser("lupa@lapas.test");
    const t0 = new Date("2026-11-27T04:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
      await verifyCredentials({ email: "lupa@lapas.test", password: "x", ip: "10.2.0.1", now: new Date(t0.getTime() + i * 1000) });
    }
    expect((await verifyCredentials({ email: "lupa@lapas.test", password: PASSWORD, ip: "10.2.0.1", now: new Date(t0.getTime() + 10_000) })).ok).toBe(true);
    const next = await verifyCredentials({ email: "lupa@lapas.test", password: "x", ip: "10.2.0.1", now: new Date(t0.getTime() + 11_000) });
    expect(next).toEqual({ ok: false, reason: "invalid" });
  });

  it("a sign-in the server is too busy to check is told to try again shortly, and is not counted as a failure", async () => {
    await createUser("sibuk@lapas.test");
    const ip = "10.3.0.1";
    const flood = Array.from({ length: PASSWORD_CHECKS_RUNNING + PASSWORD_CHECKS_WAITING }, () => verifyPassword("x", UNKNOWN_ACCOUNT_HASH));
    const busy = await verifyCredentials({ email: "sibuk@lapas.test", password: PASSWORD, ip });
    await Promise.all(flood);
    expect(busy).toEqual({ ok: false, reason: "busy" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await verifyCredentials({ email: "sibuk@lapas.test", password: "x", ip })).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
