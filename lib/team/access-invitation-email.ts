import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { formatInZone } from "@/lib/time";

export interface AccessInvitationEmailInput {
  name: string | null;
  role: "ORGANIZER" | "CHECKIN_STAFF";
  organizationName: string;
  /** The event a door staffer is invited to. */
  eventTitle: string | null;
  link: string;
  expiresAt: Date;
  timeZone: string;
}

export const ACCESS_INVITATION_EMAIL_KIND = "access-invitation";

/** Like the coordinator's invitation mail: Bahasa Indonesia, then a short English paragraph; plain text. */
export function accessInvitationEmail(input: AccessInvitationEmailInput): { subject: string; text: string } {
  const tId = createTranslator({ locale: "id", messages: id, namespace: "team.email" });
  const tEn = createTranslator({ locale: "en", messages: en, namespace: "team.email" });
  const values = { organization: input.organizationName, event: input.eventTitle ?? "" };
  const intro = input.role === "ORGANIZER" ? "introOrganizer" : "introDoorStaff";
  const text = [
    input.name ? tId("greeting", { name: input.name }) : tId("greetingAnonymous"),
    "",
    tId(intro, values),
    tId("action"),
    "",
    input.link,
    "",
    tId("expiry", { expires: formatInZone(input.expiresAt, input.timeZone, "id", "dateTime") }),
    tId("ignore"),
    "",
    "—",
    tEn(intro, values),
    tEn("actionAndExpiry", { expires: formatInZone(input.expiresAt, input.timeZone, "en", "dateTime") }),
  ].join("\n");
  return { subject: tId(input.role === "ORGANIZER" ? "subjectOrganizer" : "subjectDoorStaff", values), text };
}
