import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitsImport } from "@/components/units/units-import";
import { requirePagePermission } from "@/lib/auth/session";
import { MAX_IMPORT_ROWS, UNIT_CSV_COLUMNS } from "@/lib/units/csv";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("meta.import") };
}

export default async function ImportUnitsPage() {
  await requirePagePermission("unit:manage", "/console/units/import");
  const t = await getTranslations("units.import");
  return (
    <>
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      <div className="mt-2 space-y-2 text-sm text-slate-700">
        <p>{t("intro")}</p>
        <p>
          {t("format")} <code className="break-all rounded bg-slate-100 px-1 py-0.5 font-mono">{UNIT_CSV_COLUMNS.join(",")}</code>
        </p>
        <p>{t("formatTypes")}</p>
        <p>{t("limits", { maxRows: MAX_IMPORT_ROWS })}</p>
        <p>
          {t("exportTip")}{" "}
          <a href="/console/units/export.csv" download className="font-medium text-brand-800 underline underline-offset-2">
            unit-kerja.csv
          </a>
        </p>
      </div>
      <div className="mt-6">
        <UnitsImport />
      </div>
    </>
  );
}
