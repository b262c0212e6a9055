import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { assertEventWritable } from "@/lib/events/writable-event";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { ticketLink } from "@/lib/tickets/token";
import { parseInput } from "@/lib/validation/zod";
import { ANNOUNCEMENT_EMAIL_KIND, announcementEmail } from "./announcement-email";
import { announcementFormSchema, type AnnouncementFormInput } from "./schema";

export interface CreateAnnouncementOptions {
  actor: Actor | null;
  eventId: string;
  input: AnnouncementFormInput;
  /** The site's address for the ticket link in each mail. */
  baseUrl: string;
}

const RECIPIENT_PAGE = 200;

/**
 * Publishes an announcement of a programme change and queues one mail per confirmed participant
 * with an email address (each with their own ticket link; nobody sees another's address). The
 * announcement and its mails commit together, so a failure sends nothing and shows nothing.
 */
export async function createAnnouncement({ actor, eventId, input, baseUrl }: CreateAnnouncementOptions): Promise<{ id: string; recipients: number; event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  const data = parseInput(announcementFormSchema, input);
  return inTransaction(async (tx) => {
    await assertEventWritable(tx, eventId, reachOf(organizer, "agenda:manage"));
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, slug: true, title: true, status: true, timeZone: true } });
    if (!event) throw new AppError("not_found");
    // Only participants of a public event can be told of a change; a draft has no audience yet.
    if (event.status === "DRAFT") throw invalidField("_form", "announcements.errors.notPublished");
    const session = data.sessionId
      ? await tx.agendaSession.findFirst({ where: { id: data.sessionId, eventId }, select: { id: true, title: true, startsAt: true, endsAt: true, cancelled: true } })
      : null;
    if (data.sessionId && !session) throw invalidField("sessionId", "announcements.errors.unknownSession");

    const announcement = await tx.announcement.create({ data: { eventId, sessionId: session?.id ?? null, body: data.body, createdById: organizer.userId } });
    let recipients = 0;
    const seen = new Set<string>();
    for (let cursor: string | undefined; ; ) {
      const page = await tx.registration.findMany({
        where: { eventId, status: "CONFIRMED", email: { not: null } },
        select: { id: true, name: true, email: true, ticketToken: true },
        orderBy: { id: "asc" },
        take: RECIPIENT_PAGE,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      for (const participant of page) {
        const address = participant.email!.trim().toLowerCase();
        if (!address || seen.has(address)) continue;
        seen.add(address);
        const mail = announcementEmail({
          name: participant.name,
          eventTitle: event.title,
          body: data.body,
          session,
          timeZone: event.timeZone,
          link: ticketLink(baseUrl, participant.ticketToken),
        });
        await enqueueEmail(tx, { to: participant.email!, subject: mail.subject, text: mail.text, kind: ANNOUNCEMENT_EMAIL_KIND, eventId });
        recipients += 1;
      }
      if (page.length < RECIPIENT_PAGE) break;
      cursor = page[page.length - 1]!.id;
    }
    await tx.announcement.update({ where: { id: announcement.id }, data: { recipients } });
    await recordAudit(tx, {
      actor: organizer,
      action: "announcement.create",
      entityType: "Announcement",
      entityId: announcement.id,
      eventId,
      after: { body: data.body, sessionId: session?.id ?? null, recipients },
    });
    return { id: announcement.id, recipients, event: { id: event.id, slug: event.slug } };
  });
}
