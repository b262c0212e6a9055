"use client";

import { useTranslations } from "next-intl";
import { CopyLink } from "./copy-link";

/**
 * Shown once after inviting or resending: apart from the outbox, the console never shows the link
 * again. Render it inside a live region that already exists, so the news is announced.
 */
export function IssuedLink({ email, link }: { email: string; link: string }) {
  const t = useTranslations("invitations.issued");
  return (
    <div className="space-y-2 rounded-md border border-green-300 bg-green-50 p-3">
      <p className="text-sm font-medium text-green-900">{t("queued", { email })}</p>
      <CopyLink link={link} />
      <p className="text-xs text-slate-700">{t("whatsapp")}</p>
    </div>
  );
}
