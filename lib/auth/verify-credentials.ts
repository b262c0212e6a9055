import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { RATE_LIMIT_POLICIES, type RateLimitHit } from "@/lib/rate-limit/policies";
import { refundRateLimits } from "@/lib/rate-limit/refund-rate-limit";
import { PasswordCheckBusy, UNKNOWN_ACCOUNT_HASH, passwordChecksFull, verifyPassword } from "./password";

// The limits are the rate limiter's policies (lib/rate-limit/policies.ts), held in the database so
// they hold across every app instance.
export const SIGN_IN_WINDOW_MINUTES = RATE_LIMIT_POLICIES["sign-in:account-ip"].windowMinutes;
export const MAX_FAILURES_PER_ACCOUNT = RATE_LIMIT_POLICIES["sign-in:account-ip"].limit;
export const MAX_FAILURES_PER_IP = RATE_LIMIT_POLICIES["sign-in:ip"].limit;

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

export interface VerifyCredentialsOptions {
  email: string;
  password: string;
  ip: string;
  now?: Date;
}

export type VerifyCredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number }
  | { ok: false; reason: "busy" };

/**
 * Checks an email and password. Every attempt takes a hit on the account+address and the address
 * policies before the password is looked at, atomically, so simultaneous guesses cannot all slip
 * under the limit; a success gives the hits back (only failures count). The account is limited per
 * address: failures from one address never lock the account for its owner somewhere else.
 */
export async function verifyCredentials(options: VerifyCredentialsOptions): Promise<VerifyCredentialsResult> {
  const now = options.now ?? new Date();
  const parsed = credentialsSchema.safeParse(options);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  // A flood is answered before it costs a database round trip.
  if (passwordChecksFull()) return { ok: false, reason: "busy" };
  const { email, password } = parsed.data;
  const ip = options.ip || "unknown";
  const pair: RateLimitHit = { policy: "sign-in:account-ip", key: [email, ip] };
  const address: RateLimitHit = { policy: "sign-in:ip", key: ip };

  const limit = await consumeRateLimits([pair, address], { now });
  if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterMinutes: limit.retryAfterMinutes };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, active: true, passwordHash: true },
  });
  let matches: boolean;
  try {
    // Always one bcrypt comparison, so an unknown address takes as long as a wrong password.
    matches = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
  } catch (error) {
    if (!(error instanceof PasswordCheckBusy)) throw error;
    // Not checked, so not a failure: the caller may try again shortly.
    await refundRateLimits([pair, address], { now });
    return { ok: false, reason: "busy" };
  }
  if (!user?.active || !user.passwordHash || !matches) return { ok: false, reason: "invalid" };

  await refundRateLimits([pair], { reset: true });
  await refundRateLimits([address], { now });
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
