import "server-only";
import { db } from "@/lib/db";
import { counterKey } from "./counter-key";
import type { RateLimitHit } from "./policies";

/**
 * Gives back one hit on each policy, for a call that turned out not to count (a sign-in that
 * succeeded, a sign-in the server was too busy to check). With `reset`, the counter is removed
 * instead (a successful sign-in forgives the failures of that account and address).
 */
export async function refundRateLimits(hits: readonly RateLimitHit[], options: { now?: Date; reset?: boolean } = {}): Promise<void> {
  const keys = hits.map(counterKey);
  if (keys.length === 0) return;
  if (options.reset) {
    await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "key" = ANY(${keys}::text[])`;
    return;
  }
  await db.$executeRaw`
    UPDATE "RateLimitCounter" SET "count" = GREATEST("count" - 1, 0)
     WHERE "key" = ANY(${keys}::text[]) AND "resetAt" > ${options.now ?? new Date()}::timestamptz`;
}
