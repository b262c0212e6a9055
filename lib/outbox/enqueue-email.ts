import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface EnqueueEmailInput {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** What the mail is about, e.g. "coordinator-invitation"; shown in the console's outbox. */
  kind: string;
  /** Whose console outbox shows it; when omitted, the event's (the database fills it in). */
  organizationId?: string | null;
  eventId?: string | null;
}

type Tx = Pick<Prisma.TransactionClient, "outboxEmail">;

/**
 * Queues an email inside the caller's transaction: the mail exists if and only if the change that
 * caused it was committed. The sender (deliver-pending-emails.ts) delivers it later.
 */
export async function enqueueEmail(tx: Tx, input: EnqueueEmailInput): Promise<{ id: string }> {
  return tx.outboxEmail.create({
    data: {
      toAddress: input.to,
      subject: input.subject,
      textBody: input.text,
      htmlBody: input.html ?? null,
      kind: input.kind,
      organizationId: input.organizationId ?? null,
      eventId: input.eventId ?? null,
    },
    select: { id: true },
  });
}
