import "server-only";
import { db } from "@/lib/db";

/**
 * Deletes counters whose window has passed (they would restart at 1 anyway). A bounded batch that
 * skips rows other requests are counting on, so it never makes a caller wait. Returns how many.
 */
export async function pruneRateLimits(now: Date = new Date(), batch = 1000): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "RateLimitCounter" WHERE "key" IN (
      SELECT "key" FROM "RateLimitCounter" WHERE "resetAt" <= ${now}::timestamptz LIMIT ${batch} FOR UPDATE SKIP LOCKED
    )`;
}
