import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/test/database";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, verifyCredentials } from "./verify-credentials";

// On a real PostgreSQL server, where simultaneous sign-ins truly race.
const database = setupTestDatabase();

describe("simultaneous sign-in guesses", () => {
  it(`of 30 simultaneous wrong passwords for one account from one address, at most ${MAX_FAILURES_PER_ACCOUNT} are checked`, async () => {
    expect(database.current.isPostgresServer).toBe(true);
    await database.current.prisma.user.create({ data: { email: "sasaran@lapas.test", name: "Sasaran", passwordHash: "$2b$04$invalidinvalidinvalidinvOy2r5r3H9Nf1Hk6S3p1i4XnqVbZ5G" } });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => verifyCredentials({ email: "sasaran@lapas.test", password: `tebak-${i}`, ip: "203.0.113.77" })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(30 - MAX_FAILURES_PER_ACCOUNT);
  });

  it(`of 40 simultaneous guesses across accounts from one address, at most ${MAX_FAILURES_PER_IP} are checked`, async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => verifyCredentials({ email: `coba${i}@lapas.test`, password: "x", ip: "203.0.113.78" })),
    );
    // Those past the password queue are told "busy" and given their hit back, so count what was checked.
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_IP);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited").length).toBeGreaterThan(0);
  });
});
