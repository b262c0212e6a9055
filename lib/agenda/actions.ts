"use server";

import { flag, formOf, id, optionalId } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { cancelSession } from "./cancel-session";
import { createSession } from "./create-session";
import { deleteRoom } from "./delete-room";
import { deleteSession } from "./delete-session";
import { deleteTrack } from "./delete-track";
import { describeConflicts } from "./describe-conflicts";
import { agendaChanged } from "./revalidate-agenda";
import { saveRoom } from "./save-room";
import { saveTrack } from "./save-track";
import { roomFormSchema, sessionFormSchema, trackFormSchema } from "./schema";
import type { SaveSessionResult } from "./session-input";
import { updateSession } from "./update-session";

export type SaveSessionOutcome = { status: "saved"; id: string } | { status: "warnings"; warnings: string[] };

async function outcome(result: SaveSessionResult): Promise<SaveSessionOutcome> {
  if (result.status === "saved") {
    agendaChanged(result);
    return { status: "saved", id: result.id };
  }
  return { status: "warnings", warnings: await describeConflicts(result.warnings, result.timeZone) };
}

/** Creates (sessionId null) or updates a session; without confirmWarnings a conflict only returns the warnings. */
export const saveSessionAction = defineAction({
  args: [id, optionalId, formOf(sessionFormSchema), flag],
  permission: "agenda:manage",
  run: (actor, eventId, sessionId, input, confirmWarnings) =>
    sessionId
      ? updateSession({ input, eventId, sessionId, confirmWarnings, actor })
      : createSession({ input, eventId, confirmWarnings, actor }),
  after: outcome,
});

export const setSessionCancelledAction = defineAction({
  args: [id, id, flag],
  permission: "agenda:manage",
  run: (actor, eventId, sessionId, cancelled) => cancelSession({ eventId, sessionId, cancelled, actor }),
  after: (done) => agendaChanged(done),
});

export const deleteSessionAction = defineAction({
  args: [id, id],
  permission: "agenda:manage",
  run: (actor, eventId, sessionId) => deleteSession({ eventId, sessionId, actor }),
  after: (done) => agendaChanged(done),
});

export const saveRoomAction = defineAction({
  args: [id, optionalId, formOf(roomFormSchema)],
  permission: "agenda:manage",
  run: (actor, eventId, roomId, input) => saveRoom({ input, eventId, roomId: roomId ?? undefined, actor }),
  after: (done) => agendaChanged(done),
});

export const deleteRoomAction = defineAction({
  args: [id, id],
  permission: "agenda:manage",
  run: (actor, eventId, roomId) => deleteRoom({ eventId, roomId, actor }),
  after: (done) => agendaChanged(done),
});

export const saveTrackAction = defineAction({
  args: [id, optionalId, formOf(trackFormSchema)],
  permission: "agenda:manage",
  run: (actor, eventId, trackId, input) => saveTrack({ input, eventId, trackId: trackId ?? undefined, actor }),
  after: (done) => agendaChanged(done),
});

export const deleteTrackAction = defineAction({
  args: [id, id],
  permission: "agenda:manage",
  run: (actor, eventId, trackId) => deleteTrack({ eventId, trackId, actor }),
  after: (done) => agendaChanged(done),
});
