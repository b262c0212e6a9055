import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { EMAIL_CHANGE_LINK_HOURS, RESET_LINK_MINUTES } from "./schema";

// Mail about the account itself, in the account's language (Indonesian unless chosen otherwise).
// It says how long the link lasts rather than until when: the reader's clock is not known.

export const PASSWORD_RESET_EMAIL_KIND = "password-reset";
export const EMAIL_CHANGE_EMAIL_KIND = "email-change";
/** Mail whose link opens an account: the outbox shows its text only to those who manage users. */
export const ACCOUNT_EMAIL_KINDS: readonly string[] = [PASSWORD_RESET_EMAIL_KIND, EMAIL_CHANGE_EMAIL_KIND];

const translator = (locale: Locale) => createTranslator({ locale, messages: locale === "en" ? en : id, namespace: "accounts.email" });

export function passwordResetEmail(input: { locale: Locale; name: string; link: string }): { subject: string; text: string } {
  const t = translator(input.locale);
  const text = [t("greeting", { name: input.name }), "", t("resetIntro"), "", input.link, "", t("resetExpiry", { minutes: RESET_LINK_MINUTES }), t("resetIgnore")].join("\n");
  return { subject: t("resetSubject"), text };
}

export function emailChangeEmail(input: { locale: Locale; name: string; link: string; email: string }): { subject: string; text: string } {
  const t = translator(input.locale);
  const text = [
    t("greeting", { name: input.name }),
    "",
    t("changeIntro", { email: input.email }),
    "",
    input.link,
    "",
    t("changeExpiry", { hours: EMAIL_CHANGE_LINK_HOURS }),
    t("changeIgnore"),
  ].join("\n");
  return { subject: t("changeSubject"), text };
}
