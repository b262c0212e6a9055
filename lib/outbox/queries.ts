import "server-only";
import { authorize, can, organizationsWith, type Actor } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
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
 * Whose mail the actor reads: their organisations' (as organiser), and for the installation's
 * admin also account mail (password reset, address confirmation), which belongs to no organisation.
 * Such a link opens someone's account, so no organiser ever sees it; the admin, who owns the
 * installation, may pass it on when no mail server is configured.
 */
export function outboxScope(actor: Actor | null): Prisma.OutboxEmailWhereInput {
  const reader = authorize(actor, "outbox:read");
  const organizations = organizationsWith(reader, "outbox:read");
  const accountMail = can(reader, "installation:manage");
  return { OR: [{ organizationId: { in: organizations } }, ...(accountMail ? [{ organizationId: null }] : [])] };
}

/**
 * The outbox of the organizer's organisation, newest first, with the number of messages in each
 * status (see outboxScope).
 */
export async function listOutboxEmails(actor: Actor | null, options: ListOutboxEmailsOptions = {}) {
  const scope = outboxScope(actor);
  const pageSize = options.pageSize ?? OUTBOX_PAGE_SIZE;
  const where = { AND: [scope, options.status ? { status: options.status } : {}] };
  const [grouped, total] = await Promise.all([
    db.outboxEmail.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
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
