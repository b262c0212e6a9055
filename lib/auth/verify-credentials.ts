import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from "./password";

// Sign-in attempts are counted in the database, so the limit holds across every app instance.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

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
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

export async function verifyCredentials(options: VerifyCredentialsOptions): Promise<VerifyCredentialsResult> {
  const now = options.now ?? new Date();
  const parsed = credentialsSchema.safeParse(options);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const ip = options.ip || "unknown";

  const retryAfter = await lockedFor(email, ip, now);
  if (retryAfter > 0) return { ok: false, reason: "rate_limited", retryAfterMinutes: retryAfter };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, active: true, passwordHash: true },
  });
  // Always run one bcrypt comparison so an unknown address takes as long as a wrong password.
  const matches = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
  const succeeded = Boolean(user?.active && user.passwordHash && matches);

  await db.signInAttempt.create({ data: { email, ip, succeeded, createdAt: now } });
  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}

/** Minutes until another attempt is allowed, or 0. */
async function lockedFor(email: string, ip: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountFailures = await db.signInAttempt.findMany({
    where: { email, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? windowStart } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILURES_PER_ACCOUNT,
    select: { createdAt: true },
  });
  const ipFailures = await db.signInAttempt.findMany({
    where: { ip, succeeded: false, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILURES_PER_IP,
    select: { createdAt: true },
  });
  // Locked until the oldest failure that counts towards the limit leaves the window.
  const until = (failures: { createdAt: Date }[], limit: number) =>
    failures.length >= limit ? failures[limit - 1]!.createdAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000 : 0;
  const lockedUntil = Math.max(until(accountFailures, MAX_FAILURES_PER_ACCOUNT), until(ipFailures, MAX_FAILURES_PER_IP));
  return lockedUntil > now.getTime() ? Math.ceil((lockedUntil - now.getTime()) / 60_000) : 0;
}
