import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { parseInput } from "@/lib/validation/zod";
import { lockAgendaEvent } from "./agenda-event";
import { sessionFormSchema, type SessionFormInput } from "./schema";
import { findConflicts, speakerRows, toSessionData, type SaveSessionResult } from "./session-input";

export interface CreateSessionOptions {
  actor: Actor | null;
  eventId: string;
  input: SessionFormInput;
  /** Save despite the warnings the organizer was shown. Without it, a conflict writes nothing. */
  confirmWarnings?: boolean;
}

export async function createSession({ actor, eventId, input, confirmWarnings = false }: CreateSessionOptions): Promise<SaveSessionResult> {
  const organizer = authorize(actor, "agenda:manage");
  const values = parseInput(sessionFormSchema, input);
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const data = await toSessionData(tx, event, values);
    const warnings = await findConflicts(tx, event, data);
    if (warnings.length && !confirmWarnings) return { status: "warnings", warnings, timeZone: event.timeZone };

    const { speakers, ...fields } = data;
    const created = await tx.agendaSession.create({
      data: { ...fields, eventId, speakers: { create: speakerRows(speakers) } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: organizer,
      action: "agenda.session.create",
      entityType: "AgendaSession",
      entityId: created.id,
      eventId,
      after: { ...data, warnings: warnings.map((w) => w.kind) },
    });
    return { status: "saved", id: created.id, event: { id: event.id, slug: event.slug } };
  });
}
