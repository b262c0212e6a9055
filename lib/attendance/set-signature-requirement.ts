import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import { lockEvent } from "@/lib/events/lock-event";

export interface SetSignatureRequirementOptions {
  actor: Actor | null;
  eventId: string;
  required: boolean;
}

/** Whether participants sign on the door device after check-in (for the daftar hadir). */
export async function setSignatureRequirement(options: SetSignatureRequirementOptions): Promise<void> {
  const actor = authorize(options.actor, "event:manage");
  await inTransaction(async (tx) => {
    // The event row is updated below: lock it (and refuse an archived one) first.
    await lockEvent(tx, options.eventId, reachOf(actor, "event:manage"));
    const event = await tx.event.findUnique({ where: { id: options.eventId }, select: { id: true, requireSignature: true } });
    if (!event) throw new AppError("not_found");
    await tx.event.update({ where: { id: event.id }, data: { requireSignature: options.required === true } });
    await recordAudit(tx, {
      actor,
      action: "event.signature",
      entityType: "Event",
      entityId: event.id,
      eventId: event.id,
      before: { requireSignature: event.requireSignature },
      after: { requireSignature: options.required === true },
    });
  });
}
