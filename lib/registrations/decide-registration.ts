import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { lockEvent } from "@/lib/events/lock-event";
import { eventWhereInReach, reachOf } from "@/lib/events/reach";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { enqueueTicketEmail } from "@/lib/tickets/enqueue-ticket-email";
import { rejectionEmail } from "@/lib/tickets/ticket-email";
import { parseInput } from "@/lib/validation/zod";
import { promoteFromWaitlist } from "./promote-waitlist";

export const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve") }),
  z.object({ decision: z.literal("reject"), reason: z.string().trim().min(5, "registrations.errors.rejectReasonRequired").max(500) }),
]);
export type DecisionInput = z.input<typeof decisionSchema>;

export interface DecideRegistrationOptions {
  actor: Actor | null;
  registrationId: string;
  input: DecisionInput;
  baseUrl?: string | null;
}

/**
 * An organizer decides a PENDING public registration: approved, it becomes CONFIRMED and the
 * registrant is mailed their ticket; rejected (with a reason the registrant is told), it frees its
 * seat and its NIP and email, and the first in the waitlist is promoted.
 */
export async function decideRegistration(options: DecideRegistrationOptions): Promise<{ status: "CONFIRMED" | "REJECTED"; promotedId: string | null }> {
  const actor = authorize(options.actor, "registration:manage-any");
  const input = parseInput(decisionSchema, options.input);
  return inTransaction(async (tx) => {
    const reach = reachOf(actor, "registration:manage-any");
    const found = await tx.registration.findFirst({ where: { id: options.registrationId, event: eventWhereInReach(reach) }, select: { eventId: true } });
    if (!found) throw new AppError("not_found");
    const event = await lockEvent(tx, found.eventId, reach);
    // Read again under the lock: another organizer may have decided a moment ago.
    const registration = await tx.registration.findUniqueOrThrow({
      where: { id: options.registrationId },
      select: { id: true, status: true, name: true, email: true, unitId: true },
    });
    if (registration.status !== "PENDING") throw invalidField("_form", "registrations.errors.notPending", { status: registration.status });

    const audit = { actor, entityType: "Registration", entityId: registration.id, eventId: found.eventId, before: { status: "PENDING" } };
    if (input.decision === "approve") {
      await tx.registration.update({ where: { id: registration.id }, data: { status: "CONFIRMED" } });
      await recordAudit(tx, { ...audit, action: "registration.approve", after: { status: "CONFIRMED" } });
      if (options.baseUrl) await enqueueTicketEmail(tx, { registrationId: registration.id, baseUrl: options.baseUrl });
      return { status: "CONFIRMED", promotedId: null };
    }

    await tx.registration.update({
      where: { id: registration.id },
      data: { status: "REJECTED", activeNip: null, activeEmail: null, cancelReason: input.reason, cancelledAt: new Date() },
    });
    await recordAudit(tx, { ...audit, action: "registration.reject", after: { status: "REJECTED" }, reason: input.reason });
    if (registration.email) {
      const mail = rejectionEmail({ name: registration.name, eventTitle: event.title, reason: input.reason });
      await enqueueEmail(tx, { to: registration.email, ...mail, eventId: found.eventId });
    }
    const promotedId = await promoteFromWaitlist(tx, { actor, eventId: found.eventId, freedUnitId: registration.unitId, capacity: event.capacity, baseUrl: options.baseUrl });
    return { status: "REJECTED", promotedId };
  });
}
