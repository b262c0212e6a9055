import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { formatRangeInZone } from "@/lib/time";

export interface AnnouncementEmailInput {
  name: string;
  eventTitle: string;
  body: string;
  session: { title: string; startsAt: Date; endsAt: Date; cancelled: boolean } | null;
  timeZone: string;
  link: string;
}

export const ANNOUNCEMENT_EMAIL_KIND = "agenda-announcement";

/**
 * The mail a confirmed participant gets for an announcement: Bahasa Indonesia, then a short
 * English line, plain text so it reads the same forwarded into WhatsApp. The organizer's own words
 * are not translated; the session's time is on the event's clock with its zone label.
 */
export function announcementEmail(input: AnnouncementEmailInput): { subject: string; text: string } {
  const tId = createTranslator({ locale: "id", messages: id, namespace: "announcements.email" });
  const tEn = createTranslator({ locale: "en", messages: en, namespace: "announcements.email" });
  const values = { event: input.eventTitle, name: input.name };
  const session = input.session;
  const sessionLine = session
    ? tId(session.cancelled ? "sessionCancelled" : "session", {
        title: session.title,
        when: formatRangeInZone(session.startsAt, session.endsAt, input.timeZone, "id"),
      })
    : null;
  const text = [tId("greeting", values), "", tId("intro", values), "", input.body, sessionLine ? "" : null, sessionLine, "", tId("link"), input.link, "", "—", tEn("summary", values)]
    .filter((line) => line !== null)
    .join("\n");
  return { subject: tId("subject", values), text };
}
