import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <Link href="/" className="mt-4 inline-block font-semibold text-brand-800 underline">
        {t("home")}
      </Link>
    </div>
  );
}
