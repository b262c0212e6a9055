import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "@/lib/test/database";
import { consumeRateLimits, enforceRateLimits } from "./consume-rate-limit";
import { RATE_LIMIT_POLICIES, type RateLimitHit } from "./policies";
import { pruneRateLimits } from "./prune-rate-limits";
import { refundRateLimits } from "./refund-rate-limit";

const database = setupTestDatabase();
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 8, 0) + minutes * 60_000);
const perIp = (ip: string): RateLimitHit => ({ policy: "sign-in:ip", key: ip });
const { limit, windowMinutes } = RATE_LIMIT_POLICIES["sign-in:ip"];

describe("the rate limiter", () => {
  it("allows a policy's limit within its window, then refuses with the minutes until the window ends", async () => {
    for (let i = 0; i < limit; i++) expect(await consumeRateLimits([perIp("192.0.2.1")], { now: at(0) })).toEqual({ allowed: true });
    expect(await consumeRateLimits([perIp("192.0.2.1")], { now: at(4) })).toEqual({ allowed: false, policy: "sign-in:ip", retryAfterMinutes: windowMinutes - 4 });
    // Another key is not affected.
    expect(await consumeRateLimits([perIp("192.0.2.2")], { now: at(4) })).toEqual({ allowed: true });
    // Refused hits do not extend the window: when it ends, the count starts again.
    expect(await consumeRateLimits([perIp("192.0.2.1")], { now: at(windowMinutes) })).toEqual({ allowed: true });
  });

  it("refuses when any of several policies is exhausted, naming the longest wait", async () => {
    const pair: RateLimitHit = { policy: "sign-in:account-ip", key: ["a@uji.test", "192.0.2.3"] };
    for (let i = 0; i < RATE_LIMIT_POLICIES["sign-in:account-ip"].limit; i++) await consumeRateLimits([pair, perIp("192.0.2.3")], { now: at(0) });
    expect(await consumeRateLimits([pair, perIp("192.0.2.3")], { now: at(1) })).toMatchObject({ allowed: false, policy: "sign-in:account-ip" });
  });

  it("throws rate_limited with the minutes for operations that refuse with an application error", async () => {
    const hit: RateLimitHit = { policy: "open-registration:challenge", key: "solved-once" };
    await enforceRateLimits([hit], { now: at(0) });
    const error = await enforceRateLimits([hit], { now: at(10) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "rate_limited", values: { minutes: RATE_LIMIT_POLICIES["open-registration:challenge"].windowMinutes - 10 } });
  });

  it("gives a hit back on refund and forgets a key on reset", async () => {
    for (let i = 0; i < limit; i++) await consumeRateLimits([perIp("192.0.2.4")], { now: at(0) });
    await refundRateLimits([perIp("192.0.2.4")], { now: at(1) });
    expect(await consumeRateLimits([perIp("192.0.2.4")], { now: at(1) })).toEqual({ allowed: true });
    expect((await consumeRateLimits([perIp("192.0.2.4")], { now: at(1) })).allowed).toBe(false);
    await refundRateLimits([perIp("192.0.2.4")], { reset: true });
    expect(await consumeRateLimits([perIp("192.0.2.4")], { now: at(2) })).toEqual({ allowed: true });
  });

  it("stores no address or email in the clear, and prunes counters whose window has passed", async () => {
    await consumeRateLimits([{ policy: "sign-in:account-ip", key: ["rahasia@uji.test", "198.51.100.7"] }], { now: at(0) });
    await consumeRateLimits([perIp("198.51.100.8")], { now: at(30) });
    const keys = (await database.current.prisma.rateLimitCounter.findMany()).map((row) => row.key).join(" ");
    expect(keys).not.toMatch(/rahasia|198\.51/);
    const pruned = await pruneRateLimits(at(30));
    expect(pruned).toBeGreaterThan(0);
    const left = await database.current.prisma.rateLimitCounter.findMany();
    expect(left.every((row) => row.resetAt > at(30))).toBe(true);
    expect(left.length).toBeGreaterThan(0);
  });
});
