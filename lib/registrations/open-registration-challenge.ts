import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { createChallenge, verifySolution } from "altcha-lib/v1";
import type { Challenge } from "altcha-lib/v1/types";
import { env } from "@/lib/env";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limit/policies";

// The public form's proof of work (ALTCHA, self-hosted: no third-party service): the page hands out
// a signed challenge, the browser searches for the number that solves it while the person types
// (about a second on a phone), and the server checks the answer with one hash. A script sending
// hundreds of registrations pays that second each time. A challenge is valid for the policy's
// window, and good for one registration (see submitOpenRegistration).

// Up to 50,000 SHA-256 hashes; on average half of that.
const MAX_NUMBER = 50_000;
const LIFETIME_MINUTES = RATE_LIMIT_POLICIES["open-registration:challenge"].windowMinutes;

// Derived from AUTH_SECRET so every instance signs alike; without one (the embedded single-machine
// set-up before it generated its secret, tests) a key of this process.
const HMAC_KEY = createHmac("sha256", env.AUTH_SECRET ?? randomBytes(32))
  .update("rakor:open-registration-challenge")
  .digest("hex");

export type OpenRegistrationChallenge = Challenge;

/** A fresh challenge for one visit of the form. */
export function openRegistrationChallenge(now: Date = new Date()): Promise<OpenRegistrationChallenge> {
  return createChallenge({ hmacKey: HMAC_KEY, maxnumber: MAX_NUMBER, expires: new Date(now.getTime() + LIFETIME_MINUTES * 60_000) });
}

/**
 * Checks a solved challenge (the base64 JSON payload the form sends). Returns its signature, the key
 * that makes it single-use, or null when the payload is malformed, forged, wrong or expired.
 */
export async function verifyOpenRegistrationProof(payload: string): Promise<string | null> {
  try {
    if (!(await verifySolution(payload, HMAC_KEY, true))) return null;
    const { signature } = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as { signature?: unknown };
    return typeof signature === "string" ? signature : null;
  } catch {
    return null;
  }
}
