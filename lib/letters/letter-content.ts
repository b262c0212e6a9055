import { documentTexts } from "@/lib/documents/labels";
import { dayLine, letterDateLine, timeLine, venueLine, type LetterEvent } from "./event-details";
import { terbilang } from "@/lib/documents/number-words";
import type { LetterForm } from "./schema";

// What a surat undangan says, once, for both the PDF and the DOCX: each renderer only lays it out.

export interface LetterContent {
  title: string;
  /** Nomor, Sifat, Lampiran, Hal. */
  heading: [label: string, value: string][];
  /** "Jakarta, 1 Desember 2026", top right. */
  placeAndDate: string;
  dear: string;
  addressees: string[];
  inPlace: string;
  opening: string;
  details: [label: string, value: string][];
  /** After the details: the delegation, travel costs. */
  body: string[];
  contactsLead: string;
  contacts: string[];
  closing: string;
  signOff: { roleLines: string[]; name: string; nip: string | null };
  copiesLead: string;
  copies: string[];
}

const lines = (text: string | null) => (text ?? "").split("\n").map((line) => line.trim()).filter(Boolean);

/** For the letter to every unit, or (with `unit`) the one addressed to that unit's head. */
export function letterContent(event: LetterEvent, letter: LetterForm, unit?: { name: string; seats: number }): LetterContent {
  const t = documentTexts("letters.document");
  const blank = t("blank");
  return {
    title: unit ? t("unitTitle", { unit: unit.name }) : t("title", { title: event.title }),
    heading: [
      [t("number"), letter.number.trim() || blank],
      [t("nature"), letter.nature],
      [t("attachment"), letter.attachment],
      [t("subject"), letter.subject],
    ],
    placeAndDate: `${letter.place}, ${letterDateLine(letter.letterDate)}`,
    dear: t("dear"),
    addressees: unit ? [t("unitAddressee", { unit: unit.name })] : lines(letter.addressees),
    inPlace: t("inPlace"),
    opening: letter.opening,
    details: [
      [t("dayDate"), dayLine(event)],
      [t("time"), timeLine(event)],
      [t("venue"), venueLine(event)],
      [t("agenda"), letter.agenda],
      [t("dressCode"), letter.dressCode],
    ],
    body: [unit ? t("delegationUnit", { seats: unit.seats, words: terbilang(unit.seats) }) : t("delegationAll"), letter.travelCosts],
    contactsLead: t("contactsLead"),
    contacts: lines(letter.contacts),
    closing: letter.closing,
    signOff: { roleLines: lines(letter.signatoryTitle), name: letter.signatoryName.trim() || blank, nip: letter.signatoryNip },
    copiesLead: t("copies"),
    copies: lines(letter.copies),
  };
}
