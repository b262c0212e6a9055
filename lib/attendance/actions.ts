"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { flag, formOf, id } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { clearAttendanceSignOff } from "./clear-attendance-sign-off";
import { DAY_KEY } from "./days";
import { markOnlinePresent } from "./mark-online-present";
import { saveSignature } from "./save-signature";
import { signatureSchema } from "./schema";
import { setAttendanceSignOff } from "./set-attendance-sign-off";
import { attendanceSignOffSchema } from "./sign-off-schema";
import { setSignatureRequirement } from "./set-signature-requirement";
import { undoCheckIn } from "./undo-check-in";

const attendancePage = (eventId: string) => `/console/events/${eventId}/attendance`;
const documentsPage = (eventId: string) => `/console/events/${eventId}/documents`;

export const undoCheckInAction = defineAction({
  args: [id, id],
  permission: "checkin:scan",
  run: (actor, eventId, checkInId) => undoCheckIn({ actor, eventId, checkInId }),
});

export const saveSignatureAction = defineAction({
  args: [id, id, signatureSchema.shape.png],
  permission: "checkin:scan",
  run: (actor, eventId, checkInId, png) => saveSignature({ actor, eventId, checkInId, png }),
});

export const markOnlinePresentAction = defineAction({
  args: [id, z.object({ registrationId: id, day: z.string().regex(DAY_KEY, "attendance.errors.badDay") })],
  permission: "event:manage",
  run: async (actor, eventId, input) => {
    const outcome = await markOnlinePresent({ ...input, actor, eventId });
    return { kind: outcome.kind };
  },
  after: (outcome, eventId) => {
    revalidatePath(attendancePage(eventId));
    return outcome;
  },
});

export const setSignatureRequirementAction = defineAction({
  args: [id, flag],
  permission: "event:manage",
  run: (actor, eventId, required) => setSignatureRequirement({ actor, eventId, required }),
  after: (_, eventId) => revalidatePath(attendancePage(eventId)),
});

export const setAttendanceSignOffAction = defineAction({
  args: [id, formOf(attendanceSignOffSchema)],
  permission: "event:manage",
  run: (actor, eventId, input) => setAttendanceSignOff({ actor, eventId, input }),
  after: (result, eventId) => {
    revalidatePath(documentsPage(eventId));
    return result;
  },
});

export const clearAttendanceSignOffAction = defineAction({
  args: [id],
  permission: "event:manage",
  run: (actor, eventId) => clearAttendanceSignOff({ actor, eventId }),
  after: (result, eventId) => {
    revalidatePath(documentsPage(eventId));
    return result;
  },
});
