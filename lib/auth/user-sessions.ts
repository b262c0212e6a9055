import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./authorize";
import { loadActor } from "./load-actor";

// Every sign-in is a row in "Session"; the JWT cookie carries its sessionToken. The cookie is only
// a session while its row lives: signing out deletes the row, so every copy of the cookie ends
// with it, on every instance. These are the only limits on a session (README "Sessions").

/** A session nobody has used for this long is over. */
export const SESSION_IDLE_MINUTES = 12 * 60;
/** However busy, a session ends this long after sign-in. */
export const SESSION_LIFETIME_DAYS = 7;
/** lastSeenAt is written at most this often per session, so a page view is not a write. */
export const LAST_SEEN_REFRESH_MINUTES = 5;

const MINUTE = 60_000;

/** A new session for a user who has just proved who they are; its token goes into the cookie. */
export async function startUserSession(userId: string, now = new Date()): Promise<string> {
  const sessionToken = randomBytes(16).toString("base64url");
  // The user's sessions that have run out are of no further use: swept here, off the request path.
  await db.session.deleteMany({
    where: { userId, OR: [{ expires: { lte: now } }, { lastSeenAt: { lte: idleCutoff(now) } }] },
  });
  await db.session.create({
    data: { sessionToken, userId, createdAt: now, lastSeenAt: now, expires: new Date(now.getTime() + SESSION_LIFETIME_DAYS * 24 * 60 * MINUTE) },
  });
  return sessionToken;
}

/** Signing out: this browser's session only. */
export async function endUserSession(sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

type SessionTx = { session: Pick<Prisma.TransactionClient["session"], "deleteMany"> };

/**
 * Ends every session of the user (a password reset, "sign out everywhere", deactivation), or every
 * one but `except` (a password change keeps the browser that made it). Inside the caller's transaction.
 */
export async function endUserSessions(tx: SessionTx, userId: string, options: { except?: string | null } = {}): Promise<number> {
  const { count } = await tx.session.deleteMany({
    where: { userId, ...(options.except ? { sessionToken: { not: options.except } } : {}) },
  });
  return count;
}

/**
 * The signed-in actor behind a cookie's user id and session token, or null when the session has
 * ended (signed out, idle, past its lifetime), the user is inactive, or either part is missing.
 * One round trip: the session, the user and their roles in one row. lastSeenAt is refreshed only
 * when it is older than a few minutes.
 */
export async function actorForSession(userId: string | undefined, sessionToken: string | undefined, now = new Date()): Promise<Actor | null> {
  if (!userId || !sessionToken) return null;
  const found = await loadActor(db, userId, { sessionToken, now, idleSince: idleCutoff(now) });
  if (!found) return null;
  const { actor, lastSeenAt } = found;
  if (lastSeenAt && now.getTime() - lastSeenAt.getTime() > LAST_SEEN_REFRESH_MINUTES * MINUTE) {
    await db.session.updateMany({ where: { sessionToken }, data: { lastSeenAt: now } });
  }
  return { ...actor, sessionToken };
}

function idleCutoff(now: Date): Date {
  return new Date(now.getTime() - SESSION_IDLE_MINUTES * MINUTE);
}
