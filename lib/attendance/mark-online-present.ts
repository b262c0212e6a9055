import "server-only";
import { randomUUID } from "node:crypto";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { inTransaction } from "@/lib/db/transaction";
import { recordAudit } from "@/lib/audit/record-audit";
import { z } from "zod";
import { parseInput } from "@/lib/validation/zod";
import { DAY_KEY } from "./days";
import { recordScan } from "./record-scan";
import { checkDayAndSession, scanEventFor } from "./scan-context";
import type { ScanResult } from "./scan-result";

const schema = z.object({
  registrationId: z.string().min(1).max(40),
  day: z.string().regex(DAY_KEY, "attendance.errors.badDay"),
  sessionId: z.string().max(40).nullish(),
});

export interface MarkOnlinePresentOptions {
  actor: Actor | null;
  eventId: string;
  registrationId: string;
  day: string;
  sessionId?: string | null;
  now?: Date;
}

/** A participant following online is marked present by the organizer: the same record, mode ONLINE. */
export async function markOnlinePresent(options: MarkOnlinePresentOptions): Promise<ScanResult> {
  authorize(options.actor, "event:manage");
  const { actor, event } = await scanEventFor(options.actor, options.eventId);
  const input = parseInput(schema, options);
  const sessionId = input.sessionId ?? null;
  await checkDayAndSession(event, input.day, sessionId);
  return inTransaction(async (tx) => {
    const result = await recordScan(
      {
        actor,
        eventId: event.id,
        clientScanId: randomUUID(),
        registrationId: input.registrationId,
        day: input.day,
        sessionId,
        scannedAt: options.now ?? new Date(),
        device: null,
        mode: "ONLINE",
      },
      tx,
    );
    if (result.kind === "checked_in") {
      await recordAudit(tx, { actor, action: "checkin.online", entityType: "CheckIn", entityId: result.checkInId, eventId: event.id, after: { day: input.day, sessionId } });
    }
    return result;
  });
}
