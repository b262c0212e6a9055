import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { parseInput } from "@/lib/validation/zod";
import { scanEventFor } from "./scan-context";
import { MAX_SIGNATURE_BYTES, signatureSchema } from "./schema";

export interface SaveSignatureOptions {
  actor: Actor | null;
  eventId: string;
  checkInId: string;
  png: string;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The participant's signature, drawn on the door device right after check-in, kept with it. */
export async function saveSignature(options: SaveSignatureOptions): Promise<void> {
  const { actor, event } = await scanEventFor(options.actor, options.eventId);
  const input = parseInput(signatureSchema, { checkInId: options.checkInId, png: options.png });
  const bytes = Buffer.from(input.png.replace(/^data:image\/png;base64,/, ""), "base64");
  if (bytes.length > MAX_SIGNATURE_BYTES) throw invalidField("png", "attendance.errors.signatureTooLarge");
  if (bytes.length < 64 || !bytes.subarray(0, 8).equals(PNG_MAGIC)) throw invalidField("png", "attendance.errors.signatureInvalid");
  await inTransaction(async (tx) => {
    await assertEventWritable(tx, event.id, reachOf(actor, "checkin:scan"));
    const checkIn = await tx.checkIn.findFirst({ where: { id: input.checkInId, eventId: event.id }, select: { id: true, signature: true } });
    if (!checkIn) throw new AppError("not_found");
    await tx.checkIn.update({ where: { id: checkIn.id }, data: { signature: new Uint8Array(bytes) } });
    await recordAudit(tx, {
      actor,
      action: "checkin.sign",
      entityType: "CheckIn",
      entityId: checkIn.id,
      eventId: event.id,
      after: { bytes: bytes.length, replaced: checkIn.signature !== null },
    });
  });
}
