import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.forgot");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("accounts.forgot");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <ForgotPasswordForm />
      <p className="mt-4 text-sm">
        <Link href="/login" className="font-medium text-brand-800 underline underline-offset-2">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
