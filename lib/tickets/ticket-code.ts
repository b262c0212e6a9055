import "server-only";
import { createHash } from "node:crypto";
import { codeFromDigest, TICKET_CODE_SALT } from "./ticket-code-format";

export { normaliseTicketCode } from "./ticket-code-format";

// The short code printed under the QR, for door staff to read aloud or type when a phone's screen
// will not scan. Derived from the token by a one-way hash, so it identifies a ticket without being
// able to open it, and it uses Crockford's base32: no I, L, O or U to mistake for 1, 0 or V.

/** "K7M2-QX9D": 40 bits, so two tickets of one event practically never share a code. */
export function ticketCode(token: string): string {
  return codeFromDigest(createHash("sha256").update(`${TICKET_CODE_SALT}${token}`, "utf8").digest());
}
