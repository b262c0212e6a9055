import "server-only";
import { revalidatePath } from "next/cache";
import { revalidatePublicAgenda } from "./public-cache";

/**
 * Tells the cache that an event's public agenda changed. Called by the agenda and announcement
 * actions after a committed write: drops the cached public agenda (pages and feeds) and the event's
 * other public pages.
 */
export function revalidateAgenda(event: { id: string; slug: string }): void {
  revalidatePublicAgenda(event.slug);
  revalidatePath(`/e/${event.slug}`, "layout");
}

/** After an agenda or speaker write: the public agenda and the event's console pages. */
export function agendaChanged({ event }: { event: { id: string; slug: string } }): void {
  revalidateAgenda(event);
  revalidatePath(`/console/events/${event.id}`, "layout");
}
