import { REFUSAL_OF_STATUS } from "@/lib/attendance/scan-result";
import { codeFromDigest, normaliseTicketCode, TICKET_CODE_SALT } from "@/lib/tickets/ticket-code-format";
import { tokenFromScan } from "@/lib/tickets/token";
import type { DoorResult, PendingScan, Roster, RosterParticipant } from "./door-types";

// The door's own judgement of a scan from the list kept on the device, used at once (and alone
// while offline). The server decides for good when the scan reaches it.

/**
 * The printed code of what the camera read or staff typed. A token is hashed as the server does
 * (the list on the device holds codes, never tokens); null when the text is neither.
 */
export async function codeOfScan(text: string): Promise<string | null> {
  const token = tokenFromScan(text);
  if (!token) return normaliseTicketCode(text);
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${TICKET_CODE_SALT}${token}`));
  return codeFromDigest(new Uint8Array(digest));
}

const personOf = (p: RosterParticipant) => ({ registrationId: p.id, name: p.name, position: p.position, unitName: p.unitName });

export function localCheck(roster: Roster, scan: PendingScan, code: string | null): DoorResult {
  const base = { clientScanId: scan.clientScanId, pending: true, scannedAt: scan.scannedAt };
  const participant = scan.registrationId
    ? roster.participants.find((p) => p.id === scan.registrationId)
    : code
      ? roster.participants.find((p) => p.code === code)
      : undefined;
  if (!participant) return { ...base, kind: "refused", reason: "unknown_ticket", person: null };
  const person = personOf(participant);
  const reason = REFUSAL_OF_STATUS[participant.status];
  if (reason) return { ...base, kind: "refused", reason, person };
  const scope = scan.sessionId ?? "";
  const existing = roster.checkIns.find((c) => c.registrationId === participant.id && c.day === scan.day && c.scope === scope);
  if (existing) {
    return { ...base, kind: "already", person, checkedInAt: existing.checkedInAt, byName: existing.byName, device: existing.device, checkInId: existing.id || undefined };
  }
  return { ...base, kind: "checked_in", person, checkedInAt: scan.scannedAt, device: scan.device };
}

/**
 * Whether an offline scan should wait for the server. A refusal for good (cancelled, replaced,
 * rejected) or a repeat scan need not; anything the server might judge otherwise must.
 */
export function worthSending(result: DoorResult): boolean {
  if (result.kind === "checked_in") return true;
  return result.kind === "refused" && (result.reason === "unknown_ticket" || result.reason === "waitlisted" || result.reason === "pending");
}

/** Searches the list on the device by name, NIP or unit: every word must match somewhere. */
export function searchRoster(participants: readonly RosterParticipant[], query: string, limit = 20): RosterParticipant[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return participants
    .filter((p) => {
      const haystack = `${p.name} ${p.nip ?? ""} ${p.unitName ?? ""}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .slice(0, limit);
}
