// The printed ticket code's alphabet and reading rules, with no server imports: the door scanner
// (a browser page that must work offline) derives and reads codes with the same rules as the server.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 8;

/** What is hashed to derive a ticket's code (see ticket-code.ts). */
export const TICKET_CODE_SALT = "rakor-ticket-code:";

/** "K7M2-QX9D" from the first 40 bits of a SHA-256 digest, in Crockford's base32. */
export function codeFromDigest(digest: Uint8Array): string {
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
