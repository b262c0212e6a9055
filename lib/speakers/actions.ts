"use server";

import { formOf, id, optionalId } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { agendaChanged } from "@/lib/agenda/revalidate-agenda";
import { deleteSpeaker } from "./delete-speaker";
import { saveSpeaker } from "./save-speaker";
import { speakerFormSchema } from "./schema";
import { setSpeakerPhoto } from "./set-speaker-photo";

export const saveSpeakerAction = defineAction({
  args: [id, optionalId, formOf(speakerFormSchema)],
  permission: "agenda:manage",
  run: (actor, eventId, speakerId, input) => saveSpeaker({ input, eventId, speakerId: speakerId ?? undefined, actor }),
  after: (saved) => {
    agendaChanged(saved);
    return { id: saved.id };
  },
});

export const deleteSpeakerAction = defineAction({
  args: [id, id],
  permission: "agenda:manage",
  run: (actor, eventId, speakerId) => deleteSpeaker({ eventId, speakerId, actor }),
  after: (done) => agendaChanged(done),
});

/** Removing is an action; uploading goes through the photo route, as a file can exceed an action's body limit. */
export const removeSpeakerPhotoAction = defineAction({
  args: [id, id],
  permission: "agenda:manage",
  run: (actor, eventId, speakerId) => setSpeakerPhoto({ eventId, speakerId, photo: null, actor }),
  after: (done) => agendaChanged(done),
});
