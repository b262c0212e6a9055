import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** An unknown ticket link is usually one cut short when it was copied: say so, and who can help. */
export default async function TicketNotFound() {
  const t = await getTranslations("tickets.notFound");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-bold text-slate-950">{t("title")}</h1>
      <p className="mt-2 text-slate-800">{t("body")}</p>
      <p className="mt-2 text-slate-800">{t("next")}</p>
      <Link href="/" className="mt-4 inline-block font-semibold text-brand-800 underline">
        {t("home")}
      </Link>
    </div>
  );
}
