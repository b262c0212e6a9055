import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { publicAgendaTag } from "./public/cache-tags";

/**
 * Tells the cache that an event's public agenda changed. Called by the agenda and announcement
 * actions after a committed write: drops the cached public agenda (pages and feeds, tagged by the
 * event's slug; `expire: 0` so nobody is shown a moved session's old time) and the event's other
 * public pages.
 */
export function revalidateAgenda(event: { id: string; slug: string }): void {
  revalidateTag(publicAgendaTag(event.slug), { expire: 0 });
  revalidatePath(`/e/${event.slug}`, "layout");
}
