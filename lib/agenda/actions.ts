"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { cancelSession } from "./cancel-session";
import { createSession } from "./create-session";
import { deleteRoom } from "./delete-room";
import { deleteSession } from "./delete-session";
import { deleteTrack } from "./delete-track";
import { describeConflicts } from "./describe-conflicts";
import { revalidateAgenda } from "./revalidate-agenda";
import { saveRoom } from "./save-room";
import { saveTrack } from "./save-track";
import type { RoomFormInput, SessionFormInput, TrackFormInput } from "./schema";
import type { SaveSessionResult } from "./session-input";
import { updateSession } from "./update-session";

export type SaveSessionOutcome = { status: "saved"; id: string } | { status: "warnings"; warnings: string[] };

function changed(event: { id: string; slug: string }) {
  revalidateAgenda(event);
  revalidatePath(`/console/events/${event.id}`, "layout");
}

async function outcome(result: SaveSessionResult): Promise<SaveSessionOutcome> {
  if (result.status === "saved") {
    changed(result.event);
    return { status: "saved", id: result.id };
  }
  return { status: "warnings", warnings: await describeConflicts(result.warnings, result.timeZone) };
}

/** Creates (sessionId null) or updates a session; without confirmWarnings a conflict only returns the warnings. */
export async function saveSessionAction(
  eventId: string,
  sessionId: string | null,
  input: SessionFormInput,
  confirmWarnings: boolean,
): Promise<ActionResult<SaveSessionOutcome>> {
  const result = await runAction((actor) =>
    sessionId
      ? updateSession({ input, eventId, sessionId, confirmWarnings: confirmWarnings === true, actor })
      : createSession({ input, eventId, confirmWarnings: confirmWarnings === true, actor }),
  );
  if (!result.ok) return result;
  return { ok: true, data: await outcome(result.data) };
}

export async function setSessionCancelledAction(eventId: string, sessionId: string, cancelled: boolean): Promise<ActionResult<void>> {
  const result = await runAction((actor) => cancelSession({ eventId, sessionId, cancelled, actor }));
  if (!result.ok) return result;
  changed(result.data.event);
  return { ok: true, data: undefined };
}

export async function deleteSessionAction(eventId: string, sessionId: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => deleteSession({ eventId, sessionId, actor }));
  if (!result.ok) return result;
  changed(result.data.event);
  return { ok: true, data: undefined };
}

export async function saveRoomAction(eventId: string, roomId: string | null, input: RoomFormInput): Promise<ActionResult<void>> {
  const result = await runAction((actor) => saveRoom({ input, eventId, roomId: roomId ?? undefined, actor }));
  if (!result.ok) return result;
  changed(result.data.event);
  return { ok: true, data: undefined };
}

export async function deleteRoomAction(eventId: string, roomId: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => deleteRoom({ eventId, roomId, actor }));
  if (!result.ok) return result;
  changed(result.data.event);
  return { ok: true, data: undefined };
}

export async function saveTrackAction(eventId: string, trackId: string | null, input: TrackFormInput): Promise<ActionResult<void>> {
  const result = await runAction((actor) => saveTrack({ input, eventId, trackId: trackId ?? undefined, actor }));
  if (!result.ok) return result;
  changed(result.data.event);
  return { ok: true, data: undefined };
}

export async function deleteTrackAction(eventId: string, trackId: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => deleteTrack({ eventId, trackId, actor }));
  if (!result.ok) return result;
  changed(result.data.event);
  return { ok: true, data: undefined };
}
