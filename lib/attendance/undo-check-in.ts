import "server-only";
import { organizationsWith, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, invalidField } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { scanEventFor } from "./scan-context";

/** How long door staff may take back a check-in (a wrong person picked in the search, say). */
export const UNDO_WINDOW_MS = 5 * 60 * 1000;

export interface UndoCheckInOptions {
  actor: Actor | null;
  eventId: string;
  checkInId: string;
  now?: Date;
}

/**
 * Takes back a check-in. Door staff may do so for a few minutes after it reached the server;
 * organizers at any time. The scan is kept as UNDONE (so a replay of it does not check the person
 * in again) and the removed record goes to the audit log.
 */
export async function undoCheckIn(options: UndoCheckInOptions): Promise<void> {
  const { actor, event } = await scanEventFor(options.actor, options.eventId);
  const now = options.now ?? new Date();
  await inTransaction(async (tx) => {
    await assertEventWritable(tx, event.id, reachOf(actor, "checkin:scan"));
    // Two taps on "undo" at once: the second waits for the first here, then finds nothing to undo.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "CheckIn" WHERE "id" = ${options.checkInId} AND "eventId" = ${event.id} FOR UPDATE`;
    if (!locked) throw await missingCheckIn(tx, event.id, options.checkInId);
    const checkIn = await tx.checkIn.findUniqueOrThrow({ where: { id: locked.id } });
    // An organiser of this event's organisation, not merely of some organisation who also keeps a door here.
    const organizer = organizationsWith(actor, "event:manage").includes(event.organizationId);
    if (!organizer && now.getTime() - checkIn.createdAt.getTime() > UNDO_WINDOW_MS) throw invalidField("_form", "attendance.errors.undoTooLate");
    await tx.checkIn.delete({ where: { id: checkIn.id } });
    await tx.checkInScan.create({
      data: {
        eventId: event.id,
        registrationId: checkIn.registrationId,
        sessionId: checkIn.sessionId,
        day: checkIn.day,
        scannedAt: checkIn.checkedInAt,
        scannedById: checkIn.checkedInById,
        device: checkIn.device,
        clientScanId: checkIn.clientScanId,
        outcome: "UNDONE",
      },
    });
    const { signature, ...before } = checkIn;
    await recordAudit(tx, {
      actor,
      action: "checkin.undo",
      entityType: "CheckIn",
      entityId: checkIn.id,
      eventId: event.id,
      before: { ...before, signed: signature !== null },
    });
  });
}

/** "Already undone" when the audit log has this check-in's undo, otherwise it never existed here. */
async function missingCheckIn(tx: Prisma.TransactionClient, eventId: string, checkInId: string): Promise<AppError> {
  const undone = await tx.auditLog.findFirst({ where: { eventId, entityType: "CheckIn", entityId: checkInId, action: "checkin.undo" }, select: { id: true } });
  return undone ? new AppError("conflict", {}, { _form: { key: "attendance.errors.alreadyUndone" } }) : new AppError("not_found");
}
