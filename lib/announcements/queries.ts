import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { PUBLIC_EVENT_STATUSES } from "@/lib/events/queries";

const announcementSelect = {
  id: true,
  body: true,
  createdAt: true,
  session: { select: { id: true, title: true, startsAt: true, endsAt: true, cancelled: true } },
} as const;

/**
 * The announcements of a public event, newest first, for the agenda and ticket pages. Nothing for a
 * draft or archived event. Public data: no author, no recipient count.
 */
export async function listPublicAnnouncements(event: string | { slug: string }, take = 20) {
  // By id, or by the public address (the ticket page shows the event without knowing its id).
  const which = typeof event === "string" ? { id: event } : { slug: event.slug };
  return db.announcement.findMany({
    where: { event: { ...which, status: { in: PUBLIC_EVENT_STATUSES } } },
    orderBy: { createdAt: "desc" },
    select: announcementSelect,
    take,
  });
}

export type PublicAnnouncement = Awaited<ReturnType<typeof listPublicAnnouncements>>[number];

/** The organizer's list of what was announced, to whom and by whom. */
export async function listAnnouncementsForEditor(actor: Actor | null, eventId: string) {
  const organizationId = organizationScope(actor, "agenda:manage");
  return db.announcement.findMany({
    where: { eventId, event: { organizationId } },
    orderBy: { createdAt: "desc" },
    select: { ...announcementSelect, recipients: true, createdBy: { select: { name: true } } },
    take: 50,
  });
}
