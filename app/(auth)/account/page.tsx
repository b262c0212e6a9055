import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getAccount } from "@/lib/accounts/queries";
import { requireSignedIn } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/locales";
import { EmailChangeForm } from "./email-change-form";
import { LanguageChoice } from "./language-choice";
import { NameForm } from "./name-form";
import { PasswordChangeForm } from "./password-change-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.page");
  return { title: t("title") };
}

// Any signed-in user's own account, whatever their role.
export default async function AccountPage() {
  const actor = await requireSignedIn("/account");
  const [t, account, locale] = await Promise.all([getTranslations("accounts.page"), getAccount(actor), getLocale()]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      <Section title={t("profile")}>
        <NameForm name={account.name} />
      </Section>
      <Section title={t("email")}>
        <p className="break-all text-sm text-slate-700">{t("currentEmail", { email: account.email })}</p>
        {account.pendingEmail && <p className="mt-1 break-all text-sm text-amber-800">{t("pendingEmail", { email: account.pendingEmail })}</p>}
        <EmailChangeForm />
      </Section>
      <Section title={t("password")}>
        <p className="text-sm text-slate-700">{t("passwordIntro")}</p>
        <PasswordChangeForm email={account.email} />
      </Section>
      <Section title={t("language")}>
        <p className="text-sm text-slate-700">{t("languageIntro")}</p>
        <LanguageChoice current={account.locale ?? resolveLocale(locale)} />
      </Section>
      <Section title={t("sessions")}>
        <p className="text-sm text-slate-700">{t("sessionsIntro")}</p>
        <SignOutEverywhere />
      </Section>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
