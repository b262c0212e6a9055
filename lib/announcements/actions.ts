"use server";

import { revalidatePath } from "next/cache";
import { formOf, id } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { revalidateAgenda } from "@/lib/agenda/revalidate-agenda";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { createAnnouncement } from "./create-announcement";
import { announcementFormSchema } from "./schema";

export const createAnnouncementAction = defineAction({
  args: [id, formOf(announcementFormSchema)],
  permission: "agenda:manage",
  run: async (actor, eventId, input) => createAnnouncement({ input, eventId, baseUrl: await publicBaseUrl(), actor }),
  after: (sent, eventId) => {
    revalidateAgenda(sent.event);
    // Ticket pages show the announcements too.
    revalidatePath("/t/[token]", "page");
    revalidatePath(`/console/events/${eventId}`, "layout");
    return { recipients: sent.recipients };
  },
});
