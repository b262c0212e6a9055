import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/test/database";
import { consumeRateLimits } from "./consume-rate-limit";
import { RATE_LIMIT_POLICIES, type RateLimitHit } from "./policies";

// On a real PostgreSQL server, where the hits truly race (PGlite runs one statement at a time).
const database = setupTestDatabase();

describe("the rate limiter under simultaneous hits", () => {
  it("of 60 simultaneous hits on one key, exactly the limit is allowed", async () => {
    expect(database.current.isPostgresServer).toBe(true);
    const hit: RateLimitHit = { policy: "sign-in:ip", key: "203.0.113.50" };
    const outcomes = await Promise.all(Array.from({ length: 60 }, () => consumeRateLimits([hit])));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(RATE_LIMIT_POLICIES["sign-in:ip"].limit);
    expect((await database.current.prisma.rateLimitCounter.findFirstOrThrow()).count).toBe(60);
  });

  it("several keys counted together in either order neither deadlock nor lose a hit", async () => {
    const a: RateLimitHit = { policy: "open-registration:ip", key: "203.0.113.51" };
    const b: RateLimitHit = { policy: "open-registration:event", key: "event-1" };
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => consumeRateLimits(i % 2 ? [a, b] : [b, a])));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(RATE_LIMIT_POLICIES["open-registration:ip"].limit);
    const counts = (await database.current.prisma.rateLimitCounter.findMany()).map((row) => row.count);
    expect(counts.filter((c) => c === 40)).toHaveLength(2);
  });
});
