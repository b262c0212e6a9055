import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { smtpTransport, type MailTransport } from "./transport";

/** After this many failed attempts a message is FAILED and waits for an organizer's "Kirim ulang". */
export const MAX_DELIVERY_ATTEMPTS = 5;

// A claimed message is hidden from other senders for this long. One send is bounded by the
// transport's timeouts (about 2 minutes at most), so a message is never sent twice unless a sender
// died mid-send, in which case it is retried after the lease.
const CLAIM_LEASE_MS = 5 * 60_000;

/** Wait before attempt n+1 after n failed attempts: 1, 5, 25, 125 minutes. */
export function retryDelayMs(failedAttempts: number): number {
  return 60_000 * 5 ** Math.max(0, failedAttempts - 1);
}

export interface DeliverPendingEmailsOptions {
  /** At most this many messages in one round. */
  limit?: number;
  /** Defaults to the SMTP transport from SMTP_URL; without either, nothing is sent. */
  transport?: MailTransport;
  from?: string;
  now?: () => Date;
}

export interface DeliveryReport {
  /** False when no transport is configured: every message stays PENDING. */
  enabled: boolean;
  sent: number;
  /** Failed this round and scheduled for another attempt. */
  retrying: number;
  /** Failed for the last time this round. */
  failed: number;
}

interface ClaimedEmail {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attempts: number;
}

/**
 * One round of the outbox sender. Messages are claimed one at a time with FOR UPDATE SKIP LOCKED,
 * so any number of app instances can run this at once and each message goes to exactly one of
 * them; the claim commits before sending, so no transaction stays open during SMTP.
 */
export async function deliverPendingEmails(options: DeliverPendingEmailsOptions = {}): Promise<DeliveryReport> {
  const transport = options.transport ?? smtpTransport();
  const report: DeliveryReport = { enabled: transport !== null, sent: 0, retrying: 0, failed: 0 };
  if (!transport) return report;
  const limit = options.limit ?? 20;
  const clock = options.now ?? (() => new Date());
  const from = options.from ?? env.MAIL_FROM;

  for (let i = 0; i < limit; i++) {
    const email = await claimNextEmail(clock());
    if (!email) break;
    try {
      await transport.sendMail({
        from,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        ...(email.htmlBody ? { html: email.htmlBody } : {}),
      });
      await db.outboxEmail.updateMany({
        where: { id: email.id, status: "PENDING" },
        data: { status: "SENT", sentAt: clock(), lastError: null },
      });
      report.sent++;
    } catch (error) {
      const now = clock();
      const final = email.attempts >= MAX_DELIVERY_ATTEMPTS;
      await db.outboxEmail.updateMany({
        where: { id: email.id, status: "PENDING" },
        data: final
          ? { status: "FAILED", lastError: describeError(error) }
          : { lastError: describeError(error), nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts)) },
      });
      if (final) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

async function claimNextEmail(now: Date): Promise<ClaimedEmail | null> {
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  const rows = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE "OutboxEmail"
       SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseUntil}
     WHERE "id" = (
       SELECT "id" FROM "OutboxEmail"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT 1
        FOR UPDATE SKIP LOCKED
     )
    RETURNING "id", "toAddress", "subject", "textBody", "htmlBody", "attempts"`;
  return rows[0] ?? null;
}

// Kept for organizers in the console; credentials that a server may echo in a URL are masked.
function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\/\/[^/\s:@]+:[^/\s@]+@/g, "//***@").slice(0, 500);
}
