import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { z } from "zod";
import { countSeatsTaken, lockEvent } from "./lock-event";
import { reachOf } from "./reach";
import { EVENT_STATUSES, STATUS_TRANSITIONS } from "./schema";

export interface ChangeEventStatusOptions {
  actor: Actor | null;
  eventId: string;
  status: string;
}

export async function changeEventStatus({ actor, eventId, status }: ChangeEventStatusOptions): Promise<void> {
  const organizer = authorize(actor, "event:manage");
  const target = parseInput(z.enum(EVENT_STATUSES), status);
  await db.$transaction(async (tx) => {
    // An archived event is refused here (read_only): archiving is final, there is no way back.
    const event = await lockEvent(tx, eventId, reachOf(organizer, "event:manage"));
    if (!STATUS_TRANSITIONS[event.status].includes(target)) {
      throw invalidField("_form", "events.errors.statusNotAllowed", { from: event.status, to: target });
    }
    // Unpublishing would hide an event from people who already hold its tickets.
    if (target === "DRAFT") {
      const registered = await countSeatsTaken(tx, eventId);
      if (registered > 0) throw invalidField("_form", "events.errors.unpublishWithRegistrations", { registered });
    }
    await tx.event.update({ where: { id: eventId }, data: { status: target } });
    await recordAudit(tx, {
      actor: organizer,
      action: "event.status",
      entityType: "Event",
      entityId: eventId,
      eventId,
      before: { status: event.status },
      after: { status: target },
    });
  });
}
