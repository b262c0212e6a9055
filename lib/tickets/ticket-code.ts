import "server-only";
import { createHash } from "node:crypto";

// The short code printed under the QR, for door staff to read aloud or type when a phone's screen
// will not scan. Derived from the token by a one-way hash, so it identifies a ticket without being
// able to open it, and it uses Crockford's base32: no I, L, O or U to mistake for 1, 0 or V.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 8;

/** "K7M2-QX9D": 40 bits, so two tickets of one event practically never share a code. */
export function ticketCode(token: string): string {
  const digest = createHash("sha256").update(`rakor-ticket-code:${token}`, "utf8").digest();
  let bits = 0;
  let value = 0;
  let code = "";
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < CODE_LENGTH) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (code.length === CODE_LENGTH) break;
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A code as someone typed it ("k7m2 qx9d", "K7M2-QX9O") in the printed form, or null if it cannot
 * be one. Letters that look like digits are read as those digits, as Crockford's base32 intends.
 */
export function normaliseTicketCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (compact.length !== CODE_LENGTH || [...compact].some((c) => !ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
