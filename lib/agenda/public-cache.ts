import "server-only";
import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { publicAgendaTag } from "./public/cache-tags";

/**
 * Drops the cached public agenda (pages, JSON, schedule.xml, .ics) of one event so the next visitor
 * gets the change. For the agenda editor's write operations: call it after the transaction commits,
 * with the event's id or slug. `expire: 0`: a participant must never be shown the old time of a
 * moved session once the organizer has saved it.
 */
export async function revalidatePublicAgenda(eventIdOrSlug: string): Promise<void> {
  const event = await db.event.findFirst({
    where: { OR: [{ id: eventIdOrSlug }, { slug: eventIdOrSlug }] },
    select: { slug: true },
  });
  revalidateTag(publicAgendaTag(event?.slug ?? eventIdOrSlug), { expire: 0 });
}
