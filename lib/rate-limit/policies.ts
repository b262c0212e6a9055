// Every rate limit of the app, in one place. A policy counts hits per key (an address, an account
// and address pair, an event) in a fixed window; past `limit` hits the caller is refused until the
// window ends. Counters live in PostgreSQL (RateLimitCounter), so a limit holds across instances.

export interface RateLimitPolicy {
  limit: number;
  windowMinutes: number;
}

export const RATE_LIMIT_POLICIES = {
  // Sign-in counts failures (a success gives its hit back). Per account *and* address, so a
  // stranger guessing from elsewhere cannot lock a known account for its owner; per address, so
  // one machine cannot walk through many accounts.
  "sign-in:account-ip": { limit: 5, windowMinutes: 15 },
  "sign-in:ip": { limit: 20, windowMinutes: 15 },
  // Accepting an invitation hashes the chosen password: bounded per address.
  "invitation-accept:ip": { limit: 10, windowMinutes: 15 },
  // The public form sends a mail per registration. A government office behind one address may
  // register a handful of colleagues; a script may not send hundreds.
  "open-registration:ip": { limit: 10, windowMinutes: 60 },
  "open-registration:event": { limit: 150, windowMinutes: 10 },
  // A solved proof-of-work challenge is good for one registration.
  "open-registration:challenge": { limit: 1, windowMinutes: 30 },
  // "Forgot password" sends a mail per request: per address, and per account asked for (counted
  // whether or not it exists, so the limit reveals nothing).
  "password-reset:ip": { limit: 5, windowMinutes: 60 },
  "password-reset:account": { limit: 3, windowMinutes: 60 },
  // Setting the new password hashes it; confirming a new address is a link like any other.
  "account-link:ip": { limit: 10, windowMinutes: 15 },
  // The account page checks the current password (password change, email change): a stolen
  // session may not guess it at leisure.
  "current-password:account": { limit: 5, windowMinutes: 15 },
  // Ready for the public ticket resend (issue 11): no such feature yet.
  "ticket-resend:ip": { limit: 5, windowMinutes: 60 },
  // Also used when someone registers openly with the details of an existing registrant, who is sent
  // their own ticket again: at most this often, whoever asks.
  "ticket-resend:registration": { limit: 1, windowMinutes: 60 },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicyName = keyof typeof RATE_LIMIT_POLICIES;

/** One hit on one policy; `key` is what the policy counts by, e.g. [email, ip]. */
export interface RateLimitHit {
  policy: RateLimitPolicyName;
  key: string | readonly string[];
}
