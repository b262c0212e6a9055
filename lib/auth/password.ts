import bcrypt from "bcrypt";

// bcrypt with cost 12: about a quarter of a second of CPU per check on this class of machine, slow
// enough to make guessing expensive, quick enough for a sign-in. the native bcrypt runs it on libuv's
// thread pool, so a check never blocks the event loop that serves the door scanners (bcryptjs ran
// it on that loop in 100 ms slices: 20 parallel sign-ins held every other request for seconds).
const COST = 12;

// At most PASSWORD_CHECKS_RUNNING hashes at once per instance, and
// at most PASSWORD_CHECKS_WAITING queued behind them; a sign-in beyond that is refused at once
// ("try again shortly") instead of piling up behind a flood. One at a time: on two cores shared with
// PostgreSQL, a second hashing thread took the CPU the door scans needed (bench/README.md).
export const PASSWORD_CHECKS_RUNNING = 1;
export const PASSWORD_CHECKS_WAITING = 4;

/** The server is already checking as many passwords as it will: try again shortly. */
export class PasswordCheckBusy extends Error {
  override name = "PasswordCheckBusy";
}

let running = 0;
const waiting: (() => void)[] = [];

async function bounded<T>(work: () => Promise<T>, refuseWhenFull: boolean): Promise<T> {
  if (running < PASSWORD_CHECKS_RUNNING) {
    running += 1;
  } else {
    if (refuseWhenFull && waiting.length >= PASSWORD_CHECKS_WAITING) throw new PasswordCheckBusy();
    // The finishing check hands its slot over directly, so `running` stays counted.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/** True when a password check now would be refused: callers answer "busy" before any other work. */
export function passwordChecksFull(): boolean {
  return running >= PASSWORD_CHECKS_RUNNING && waiting.length >= PASSWORD_CHECKS_WAITING;
}

/**
 * Hashes a new password. Waits for a slot rather than refusing: it is reached only with a valid
 * invitation token (rate-limited) or from the seed, never by an anonymous flood.
 */
export function hashPassword(password: string): Promise<string> {
  return bounded(() => bcrypt.hash(password, COST), false);
}

/** Checks a password; throws PasswordCheckBusy when the queue is full. */
export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return bounded(() => bcrypt.compare(password, passwordHash), true);
}

// Compared against when the account does not exist, so a missing account takes as long as a wrong password.
export const UNKNOWN_ACCOUNT_HASH = "$2b$12$riwLZSJVmjpfRICYsb/9V.KHI5xI9QefUGinK9ZCnYLWHfbtZNeWC";
