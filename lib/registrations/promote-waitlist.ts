import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import { countRegistrationsByUnit, lockUnitQuotas } from "@/lib/quotas/quota-changes";
import { TICKET_MAIL_EVENT_SELECT, ticketMailFor } from "@/lib/tickets/enqueue-ticket-email";

type Tx = Prisma.TransactionClient;

/**
 * After a seat is freed: the first in line of the same unit gets it; otherwise the first in line of
 * any unit that still has room in its quota. A public registrant of an event that approves
 * registrations moves up to PENDING (still to be approved), everyone else to CONFIRMED; both are
 * mailed. Call with the event row locked (it serialises every quota lock of the event, so taking
 * another unit's quota lock here cannot deadlock).
 */
export async function promoteFromWaitlist(
  tx: Tx,
  options: { actor: Actor; eventId: string; freedUnitId: string | null; capacity: number; baseUrl?: string | null },
): Promise<string | null> {
  const taken = await tx.registration.count({ where: { eventId: options.eventId, status: { in: [...SEAT_HOLDING_STATUSES] } } });
  if (taken >= options.capacity) return null;

  const waiting = await tx.registration.findMany({
    where: { eventId: options.eventId, status: "WAITLISTED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, unitId: true, name: true, email: true, ticketToken: true, attendanceMode: true },
    take: 200,
  });
  const ordered = [...waiting.filter((w) => w.unitId === options.freedUnitId), ...waiting.filter((w) => w.unitId !== options.freedUnitId)];
  for (const candidate of ordered) {
    if (candidate.unitId) {
      const quota = (await lockUnitQuotas(tx, options.eventId, [candidate.unitId])).get(candidate.unitId);
      const used = (await countRegistrationsByUnit(tx, options.eventId, [candidate.unitId])).get(candidate.unitId) ?? 0;
      if (!quota || used >= quota.seats) continue;
    }
    const event = await tx.event.findUniqueOrThrow({ where: { id: options.eventId }, select: { ...TICKET_MAIL_EVENT_SELECT, requiresApproval: true } });
    const status = candidate.unitId === null && event.requiresApproval ? "PENDING" : "CONFIRMED";
    await tx.registration.update({ where: { id: candidate.id }, data: { status } });
    await recordAudit(tx, {
      actor: options.actor,
      action: "registration.promote",
      entityType: "Registration",
      entityId: candidate.id,
      eventId: options.eventId,
      before: { status: "WAITLISTED" },
      after: { status },
    });
    if (candidate.email && options.baseUrl) {
      const mail = ticketMailFor(event, { ...candidate, status }, options.baseUrl);
      await enqueueEmail(tx, { to: candidate.email, subject: mail.subject, text: mail.text, kind: "registration-promoted", eventId: options.eventId });
    }
    return candidate.id;
  }
  return null;
}
