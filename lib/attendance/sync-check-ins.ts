import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { isAppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { recordScan } from "./record-scan";
import { checkDayAndSession, plausibleScanTime, scanEventFor } from "./scan-context";
import type { ScanResult } from "./scan-result";
import { syncSchema, type ScanInput } from "./schema";

export interface SyncCheckInsOptions {
  actor: Actor | null;
  eventId: string;
  scans: ScanInput[];
  now?: Date;
}

export type SyncedScan = { clientScanId: string; ok: true; result: ScanResult } | { clientScanId: string; ok: false; error: string };

/**
 * A door device's queue of scans made offline, sent when the network returns (and again if the
 * answer was lost: each clientScanId is applied once). Scans are applied oldest first, each in its
 * own transaction, so one bad scan does not hold back the others; its error code is returned.
 * A scan the device's clock dated implausibly is refused with that reason. However often one
 * ticket appears in a batch, the batch logs one duplicate scan of it.
 */
export async function syncCheckIns(options: SyncCheckInsOptions): Promise<SyncedScan[]> {
  const { actor, event } = await scanEventFor(options.actor, options.eventId);
  const { scans } = parseInput(syncSchema, { scans: options.scans });
  const now = options.now ?? new Date();
  const ordered = [...scans].sort((a, b) => (a.scannedAt?.getTime() ?? now.getTime()) - (b.scannedAt?.getTime() ?? now.getTime()));
  const results: SyncedScan[] = [];
  const loggedDuplicates = new Set<string>();
  for (const scan of ordered) {
    const sessionId = scan.sessionId ?? null;
    try {
      await checkDayAndSession(event, scan.day, sessionId);
      const scannedAt = plausibleScanTime(scan.scannedAt, now, event);
      if (!scannedAt) {
        results.push({ clientScanId: scan.clientScanId, ok: true, result: { kind: "refused", reason: "implausible_time", person: null } });
        continue;
      }
      const result = await recordScan({
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
        loggedDuplicates,
      });
      results.push({ clientScanId: scan.clientScanId, ok: true, result });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ clientScanId: scan.clientScanId, ok: false, error: error.code });
    }
  }
  return results;
}
