import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
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

/**
 * The outbox of the organizer's organisation, newest first, with the number of messages in each
 * status. Account mail (a password reset) belongs to no organisation and is never shown here.
 */
export async function listOutboxEmails(actor: Actor | null, options: ListOutboxEmailsOptions = {}) {
  const organizationId = organizationScope(actor, "outbox:read");
  const pageSize = options.pageSize ?? OUTBOX_PAGE_SIZE;
  const where = { organizationId, ...(options.status ? { status: options.status } : {}) };
  const [grouped, total] = await Promise.all([
    db.outboxEmail.groupBy({ by: ["status"], where: { organizationId }, _count: { _all: true } }),
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
    ? await db.event.findMany({ where: { id: { in: eventIds }, organizationId }, select: { id: true, title: true, timeZone: true } })
    : [];
  const eventOf = new Map(events.map((e) => [e.id, e]));

  const count = (status: OutboxStatusFilter) => grouped.find((g) => g.status === status)?._count._all ?? 0;
  return {
    emails: emails.map((email) => {
      const event = email.eventId ? eventOf.get(email.eventId) : undefined;
      return { ...email, eventTitle: event?.title ?? null, timeZone: event?.timeZone ?? DEFAULT_TIME_ZONE };
    }),
    total,
    page,
    pageCount,
    counts: { all: count("PENDING") + count("SENT") + count("FAILED"), PENDING: count("PENDING"), SENT: count("SENT"), FAILED: count("FAILED") },
  };
}

export type OutboxEmailListItem = Awaited<ReturnType<typeof listOutboxEmails>>["emails"][number];
