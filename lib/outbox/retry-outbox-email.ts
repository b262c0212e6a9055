import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { outboxScope } from "./queries";
import { parseInput } from "@/lib/validation/zod";
import { retryOutboxEmailSchema } from "./schema";

export interface RetryOutboxEmailOptions {
  actor: Actor | null;
  emailId: string;
}

/**
 * "Kirim ulang" for a message that failed for good: it becomes PENDING with a fresh series of
 * attempts, due at once. Only FAILED messages: a pending one is already queued, a sent one arrived.
 */
export async function retryOutboxEmail({ actor, emailId }: RetryOutboxEmailOptions): Promise<void> {
  // Reading the outbox is the organizer's window on mail; asking for another try changes no content.
  const organizer = authorize(actor, "outbox:read");
  const input = parseInput(retryOutboxEmailSchema, { emailId });
  await db.$transaction(async (tx) => {
    // Mail outside the actor's outbox (another organisation's; account mail for an organiser) is not found.
    const email = await tx.outboxEmail.findFirst({
      where: { AND: [{ id: input.emailId }, outboxScope(organizer)] },
      select: { id: true, status: true, attempts: true, lastError: true, organizationId: true, eventId: true },
    });
    if (!email) throw new AppError("not_found");
    if (email.eventId) await assertEventWritable(tx, email.eventId, reachOf(organizer, "outbox:read"));
    const { count } = await tx.outboxEmail.updateMany({
      where: { id: email.id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() },
    });
    if (count === 0) throw invalidField("_form", "outbox.errors.notFailed");
    await recordAudit(tx, {
      actor: organizer,
      action: "outbox.retry",
      entityType: "OutboxEmail",
      entityId: email.id,
      organizationId: email.organizationId,
      eventId: email.eventId,
      before: { status: email.status, attempts: email.attempts, lastError: email.lastError },
      after: { status: "PENDING", attempts: 0 },
    });
  });
}
