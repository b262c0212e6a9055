import "server-only";
import { ACCOUNT_EMAIL_KINDS } from "@/lib/accounts/account-email";
import { authorize, can, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { OutboxStatusFilter } from "./schema";

export const OUTBOX_PAGE_SIZE = 20;
// Mail not tied to an event is shown on the organizers' home clock.
const DEFAULT_TIME_ZONE = "Asia/Jakarta";

export interface ListOutboxEmailsOptions {
  status?: OutboxStatusFilter | null;
  page?: number;
  pageSize?: number;
}

/** The outbox for organizers, newest first, with the number of messages in each status. */
export async function listOutboxEmails(actor: Actor | null, options: ListOutboxEmailsOptions = {}) {
  authorize(actor, "outbox:read");
  const pageSize = options.pageSize ?? OUTBOX_PAGE_SIZE;
  const where = options.status ? { status: options.status } : {};
  const [grouped, total] = await Promise.all([
    db.outboxEmail.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxEmail.count({ where }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const emails = await db.outboxEmail.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      toAddress: true,
      subject: true,
      textBody: true,
      kind: true,
      eventId: true,
      status: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      sentAt: true,
      createdAt: true,
    },
  });
  const eventIds = [...new Set(emails.flatMap((e) => (e.eventId ? [e.eventId] : [])))];
  const events = eventIds.length
    ? await db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, title: true, timeZone: true } })
    : [];
  const eventOf = new Map(events.map((e) => [e.id, e]));

  const count = (status: OutboxStatusFilter) => grouped.find((g) => g.status === status)?._count._all ?? 0;
  // A password-reset or address-confirmation link opens someone's account: an organizer who could
  // read it could take over any account, an admin's included. Only those who manage users see it.
  const seesAccountMail = can(actor, "user:manage");
  return {
    emails: emails.map((email) => {
      const event = email.eventId ? eventOf.get(email.eventId) : undefined;
      const hidden = !seesAccountMail && ACCOUNT_EMAIL_KINDS.includes(email.kind);
      return { ...email, textBody: hidden ? "" : email.textBody, hidden, eventTitle: event?.title ?? null, timeZone: event?.timeZone ?? DEFAULT_TIME_ZONE };
    }),
    total,
    page,
    pageCount,
    counts: { all: count("PENDING") + count("SENT") + count("FAILED"), PENDING: count("PENDING"), SENT: count("SENT"), FAILED: count("FAILED") },
  };
}

export type OutboxEmailListItem = Awaited<ReturnType<typeof listOutboxEmails>>["emails"][number];
