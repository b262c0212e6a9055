import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { counterKey } from "./counter-key";
import { RATE_LIMIT_POLICIES, type RateLimitHit, type RateLimitPolicyName } from "./policies";
import { pruneRateLimits } from "./prune-rate-limits";

export type RateLimitOutcome = { allowed: true } | { allowed: false; policy: RateLimitPolicyName; retryAfterMinutes: number };

// Expired counters are removed every PRUNE_EVERY calls of each instance, off the caller's path.
const PRUNE_EVERY = 200;
let calls = 0;

/**
 * Counts one hit on each policy and says whether all of them are still within their limit. One
 * statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING) increments every counter and reads it
 * back, so of N simultaneous hits exactly `limit` are allowed: there is no check to overtake.
 * Keys are written in sorted order so two calls with the same keys never deadlock. A refused hit
 * still counts but does not extend the window. Runs in its own statement, outside any business
 * transaction: a hit stays counted even if the operation it guards fails.
 */
export async function consumeRateLimits(hits: readonly RateLimitHit[], options: { now?: Date } = {}): Promise<RateLimitOutcome> {
  const now = options.now ?? new Date();
  const byKey = new Map(hits.map((hit) => [counterKey(hit), hit.policy] as const));
  const keys = [...byKey.keys()].sort();
  if (keys.length === 0) return { allowed: true };
  const seconds = keys.map((key) => RATE_LIMIT_POLICIES[byKey.get(key)!].windowMinutes * 60);
  const rows = await db.$queryRaw<{ key: string; count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "count", "resetAt")
    SELECT k, 1, ${now}::timestamptz + make_interval(secs => s)
      FROM unnest(${keys}::text[], ${seconds}::int[]) AS t(k, s)
     ORDER BY k
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now}::timestamptz THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now}::timestamptz THEN EXCLUDED."resetAt" ELSE "RateLimitCounter"."resetAt" END
    RETURNING "key", "count", "resetAt"`;
  if (++calls % PRUNE_EVERY === 0) pruneRateLimits(now).catch((error: unknown) => console.error("pruning rate limits failed", error));

  let refused: { policy: RateLimitPolicyName; retryAfterMinutes: number } | null = null;
  for (const row of rows) {
    const policy = byKey.get(row.key)!;
    if (row.count <= RATE_LIMIT_POLICIES[policy].limit) continue;
    const retryAfterMinutes = Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 60_000));
    if (!refused || retryAfterMinutes > refused.retryAfterMinutes) refused = { policy, retryAfterMinutes };
  }
  return refused ? { allowed: false, ...refused } : { allowed: true };
}

/** Like consumeRateLimits, for operations that refuse with AppError("rate_limited", { minutes }). */
export async function enforceRateLimits(hits: readonly RateLimitHit[], options: { now?: Date } = {}): Promise<void> {
  const outcome = await consumeRateLimits(hits, options);
  if (!outcome.allowed) throw new AppError("rate_limited", { minutes: outcome.retryAfterMinutes });
}
