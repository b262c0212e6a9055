import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { getEmailChangeLink } from "@/lib/accounts/queries";
import { ConfirmEmailChange } from "./confirm-email-change";

// The token is the credential: keep the page out of search engines and the link out of Referer headers.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.emailConfirm");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Opening the link changes nothing (mail scanners open links too): the button does.
export default async function ConfirmEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tl, link] = await Promise.all([getTranslations("accounts.emailConfirm"), getTranslations("accounts.links"), getEmailChangeLink(token)]);
  if (link.status !== "usable") {
    return (
      <div className="mx-auto max-w-sm">
        <h1 className="text-2xl font-bold">{t("unusable")}</h1>
        <p className="mt-2 text-slate-700">{tl(link.status)}</p>
        <ButtonLink href="/account" className="mt-4 w-full sm:w-auto">
          {t("toAccount")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 break-all text-slate-700">{t("intro", { email: link.email ?? "" })}</p>
      <ConfirmEmailChange token={token} />
    </div>
  );
}
