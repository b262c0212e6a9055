import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listRegionalOfficeRollup } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("meta.provinces") };
}

export default async function UnitProvincesPage() {
  const actor = await requirePagePermission("unit:manage", "/console/units/provinces");
  const [t, offices] = await Promise.all([getTranslations("units"), listRegionalOfficeRollup(actor)]);
  const units = offices.reduce((sum, office) => sum + office.unitCount, 0);
  const unitsHref = (province: string) => `/console/units?${new URLSearchParams({ province })}`;

  return (
    <>
      <h2 className="text-lg font-semibold">{t("provinces.heading")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("provinces.intro")}</p>
      {offices.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("provinces.empty")}</p>
      ) : (
        <>
          <p className="mt-4 text-sm font-medium text-slate-700">{t("provinces.total", { units, offices: offices.length })}</p>
          <ul aria-label={t("provinces.caption")} className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {offices.map((office) => (
              <li key={office.id} className="flex items-start justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <p className="font-semibold">{office.province}</p>
                  <p className="text-sm text-slate-600">{office.name}</p>
                  <p className="font-mono text-xs text-slate-500">{office.code}</p>
                </div>
                {office.unitCount > 0 ? (
                  <Link
                    href={unitsHref(office.province)}
                    className="inline-flex min-h-11 shrink-0 items-center whitespace-nowrap font-medium text-brand-800 underline underline-offset-2"
                  >
                    {t("provinces.unitCount", { count: office.unitCount })}
                    <span className="sr-only">, {office.province}</span>
                  </Link>
                ) : (
                  <span className="inline-flex min-h-11 shrink-0 items-center whitespace-nowrap text-sm text-slate-600">
                    {t("provinces.unitCount", { count: 0 })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
