import "server-only";
import { revalidateTag } from "next/cache";
import { publicAgendaTag } from "./public/cache-tags";

/**
 * Drops the cached public agenda (pages, JSON, schedule.xml, .ics) of one event so the next visitor
 * gets the change; call it after the transaction commits (lib/agenda/revalidate-agenda.ts does, for
 * every agenda write). `expire: 0`: a participant must never be shown the old time of a moved
 * session once the organizer has saved it.
 */
export function revalidatePublicAgenda(slug: string): void {
  revalidateTag(publicAgendaTag(slug), { expire: 0 });
}
