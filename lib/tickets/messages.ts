import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import type { TimeLocale } from "@/lib/time";

const MESSAGES = { id, en } as const;

/** Ticket texts outside a request (mail, calendar files): the language is chosen by the caller. */
export function ticketTranslator<N extends "tickets.email" | "tickets.calendar">(locale: TimeLocale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}
