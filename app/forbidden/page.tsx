import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function ForbiddenPage() {
  const t = await getTranslations("forbidden");
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h1 className="text-xl font-bold text-amber-900">{t("heading")}</h1>
      <p className="mt-2 text-amber-900">{t("body")}</p>
      <Link href="/" className="mt-4 inline-block font-semibold text-brand-800 underline">
        {t("home")}
      </Link>
    </div>
  );
}
