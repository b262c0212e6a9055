"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { revalidateAgenda } from "@/lib/agenda/revalidate-agenda";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { createAnnouncement } from "./create-announcement";
import type { AnnouncementFormInput } from "./schema";

export async function createAnnouncementAction(eventId: string, input: AnnouncementFormInput): Promise<ActionResult<{ recipients: number }>> {
  const result = await runAction(async (actor) => createAnnouncement({ input, eventId, baseUrl: await publicBaseUrl(), actor }));
  if (!result.ok) return result;
  revalidateAgenda(result.data.event);
  // Ticket pages show the announcements too.
  revalidatePath("/t/[token]", "page");
  revalidatePath(`/console/events/${eventId}`, "layout");
  return { ok: true, data: { recipients: result.data.recipients } };
}
