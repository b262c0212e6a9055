import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { parseInput } from "@/lib/validation/zod";
import { recordScan } from "./record-scan";
import { checkDayAndSession, plausibleScanTime, scanEventFor } from "./scan-context";
import type { ScanResult } from "./scan-result";
import { scanSchema, type ScanInput } from "./schema";

export type CheckInAttendeeOptions = ScanInput & { actor: Actor | null; eventId: string; now?: Date };

/**
 * One scan at the door (camera, typed code or manual search): checks the person in for the day
 * (and session), or says they already are, or refuses with the reason. Safe to replay.
 */
export async function checkInAttendee(options: CheckInAttendeeOptions): Promise<ScanResult> {
  const { actor, event } = await scanEventFor(options.actor, options.eventId);
  const { actor: _actor, eventId: _eventId, now: _now, ...raw } = options;
  const scan = parseInput(scanSchema, raw);
  const sessionId = scan.sessionId ?? null;
  await checkDayAndSession(event, scan.day, sessionId);
  const scannedAt = plausibleScanTime(scan.scannedAt, options.now ?? new Date(), event);
  if (!scannedAt) return { kind: "refused", reason: "implausible_time", person: null };
  return recordScan({
    actor,
    eventId: event.id,
    clientScanId: scan.clientScanId,
    ticket: scan.ticket,
    registrationId: scan.registrationId,
    day: scan.day,
    sessionId,
    scannedAt,
    device: scan.device ?? null,
    mode: "ON_SITE",
  });
}
