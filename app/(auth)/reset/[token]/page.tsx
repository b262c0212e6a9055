import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { getPasswordResetLink } from "@/lib/accounts/queries";
import { ResetPasswordForm } from "./reset-password-form";

// The token is the credential: keep the page out of search engines and the link out of Referer headers.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.reset");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tl, link] = await Promise.all([getTranslations("accounts.reset"), getTranslations("accounts.links"), getPasswordResetLink(token)]);
  if (link.status !== "usable") {
    return (
      <div className="mx-auto max-w-sm">
        <h1 className="text-2xl font-bold">{t("unusable")}</h1>
        <p className="mt-2 text-slate-700">{tl(link.status)}</p>
        <ButtonLink href="/login/forgot" className="mt-4 w-full sm:w-auto">
          {t("requestNew")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("intro", { email: link.email ?? "" })}</p>
      <ResetPasswordForm token={token} email={link.email ?? ""} />
    </div>
  );
}
