import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { lockAgendaEvent } from "./agenda-event";
import { trackFormSchema, type TrackFormInput } from "./schema";

export interface SaveTrackOptions {
  actor: Actor | null;
  eventId: string;
  /** Absent to add a track. */
  trackId?: string;
  input: TrackFormInput;
}

/** Adds a track or changes its name and colour. */
export async function saveTrack({ actor, eventId, trackId, input }: SaveTrackOptions): Promise<{ id: string; event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  const data = parseInput(trackFormSchema, input);
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const sameName = await tx.track.findFirst({ where: { eventId, name: { equals: data.name, mode: "insensitive" }, ...(trackId ? { NOT: { id: trackId } } : {}) } });
    if (sameName) throw invalidField("name", "agenda.errors.trackNameTaken");
    const before = trackId ? await tx.track.findFirst({ where: { id: trackId, eventId } }) : null;
    if (trackId && !before) throw new AppError("not_found");
    const track = before ? await tx.track.update({ where: { id: before.id }, data }) : await tx.track.create({ data: { ...data, eventId } });
    await recordAudit(tx, {
      actor: organizer,
      action: before ? "agenda.track.update" : "agenda.track.create",
      entityType: "Track",
      entityId: track.id,
      eventId,
      before: before ?? undefined,
      after: track,
    });
    return { id: track.id, event: { id: event.id, slug: event.slug } };
  });
}
