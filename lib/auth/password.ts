import bcrypt from "bcryptjs";

// bcrypt with cost 12: about a quarter of a second per check on this class of machine, slow
// enough to make guessing expensive, quick enough for a sign-in.
const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account does not exist, so a missing account takes as long as a wrong password.
export const UNKNOWN_ACCOUNT_HASH = "$2b$12$riwLZSJVmjpfRICYsb/9V.KHI5xI9QefUGinK9ZCnYLWHfbtZNeWC";
