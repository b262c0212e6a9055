import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { formatInZone } from "@/lib/time";

export interface InvitationEmailInput {
  to: string;
  name: string | null;
  unitName: string;
  eventTitle: string | null;
  link: string;
  expiresAt: Date;
  /** The event's zone, or the unit's when the invitation is not tied to an event. */
  timeZone: string;
}

export const INVITATION_EMAIL_KIND = "coordinator-invitation";

/**
 * The invitation mail: Bahasa Indonesia, then a short English paragraph, whatever the language of
 * the organizer who sent it. Plain text only, so it reads the same copied into WhatsApp.
 */
export function invitationEmail(input: InvitationEmailInput): { subject: string; text: string } {
  const tId = createTranslator({ locale: "id", messages: id, namespace: "invitations.email" });
  const tEn = createTranslator({ locale: "en", messages: en, namespace: "invitations.email" });
  const values = {
    unit: input.unitName,
    event: input.eventTitle ?? "",
    link: input.link,
  };
  const expiresId = formatInZone(input.expiresAt, input.timeZone, "id", "dateTime");
  const expiresEn = formatInZone(input.expiresAt, input.timeZone, "en", "dateTime");
  const text = [
    input.name ? tId("greeting", { name: input.name }) : tId("greetingAnonymous"),
    "",
    input.eventTitle ? tId("introForEvent", values) : tId("intro", values),
    tId("action"),
    "",
    input.link,
    "",
    tId("expiry", { expires: expiresId }),
    tId("ignore"),
    "",
    "—",
    input.eventTitle ? tEn("introForEvent", values) : tEn("intro", values),
    tEn("actionAndExpiry", { expires: expiresEn }),
  ].join("\n");
  return { subject: tId("subject", values), text };
}
