import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Tells the cache that an event's public agenda changed. Called by the agenda and announcement
 * actions after a committed write; the single place to point at the public side's own refresh.
 */
export function revalidateAgenda(event: { id: string; slug: string }): void {
  revalidatePath(`/e/${event.slug}`, "layout");
}
