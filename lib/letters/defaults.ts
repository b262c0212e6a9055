import { documentTexts } from "@/lib/documents/labels";
import { zonedDayKey } from "@/lib/time";
import type { LetterEvent } from "./event-details";
import type { LetterForm } from "./schema";

// What the letter says before the organiser has saved anything: drawn from the event and its
// organisation, so the form opens filled in and the organiser edits rather than types.

export interface LetterDefaultsSource {
  event: LetterEvent;
  organization: { name: string; phone: string | null };
  /** The day the letter is dated, by default today on the event's clock. */
  now?: Date;
}

const RAKOR = /^(rapat koordinasi|rakor)\b/i;

export function defaultLetter({ event, organization, now = new Date() }: LetterDefaultsSource): LetterForm {
  const t = documentTexts("letters.defaults");
  const title = event.title.trim();
  return {
    number: "",
    nature: t("nature"),
    attachment: t("attachment"),
    subject: RAKOR.test(title) ? t("subject", { title }) : t("subjectRakor", { title }),
    letterDate: zonedDayKey(now, event.timeZone),
    place: event.venueCity?.trim() || t("place"),
    addressees: t("addressees"),
    opening: t("opening", { title, organization: organization.name }),
    agenda: event.theme?.trim() ? t("agendaWithTheme", { title, theme: event.theme.trim() }) : title,
    dressCode: t("dressCode"),
    travelCosts: t("travelCosts"),
    contacts: organization.phone ? t("contactWithPhone", { organization: organization.name, phone: organization.phone }) : "",
    closing: t("closing"),
    signatoryTitle: t("signatoryTitle"),
    signatoryName: "",
    signatoryNip: null,
    copies: null,
  };
}

/** A saved row as the form's values ("yyyy-mm-dd" for the day). */
export function savedLetter(row: Omit<LetterForm, "letterDate"> & { letterDate: Date }): LetterForm {
  return { ...pickForm(row), letterDate: row.letterDate.toISOString().slice(0, 10) };
}

function pickForm(row: Omit<LetterForm, "letterDate">): Omit<LetterForm, "letterDate"> {
  const { number, nature, attachment, subject, place, addressees, opening, agenda, dressCode, travelCosts, contacts, closing, signatoryTitle, signatoryName, signatoryNip, copies } = row;
  return { number, nature, attachment, subject, place, addressees, opening, agenda, dressCode, travelCosts, contacts, closing, signatoryTitle, signatoryName, signatoryNip, copies };
}
