import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { zoneLabel } from "@/lib/time";
import type { ConsoleUnit } from "@/lib/units/queries";

// Stacked cards on a phone, a table from the md breakpoint; only one of the two is displayed (and
// so only one is read by screen readers).
export async function UnitList({ units }: { units: ConsoleUnit[] }) {
  const [t, types] = await Promise.all([getTranslations("units"), getTranslations("unitType")]);
  const now = new Date();
  // Stored zones are validated, but a bad one in old data should cost a label, not the page.
  const zone = (timeZone: string) => {
    try {
      return zoneLabel(timeZone, now);
    } catch {
      return timeZone;
    }
  };
  const kind = (unit: ConsoleUnit) => [types(unit.type), unit.class ? t("list.classLabel", { class: unit.class }) : null].filter(Boolean).join(" · ");
  const place = (unit: ConsoleUnit) => [unit.city, unit.regionalOffice.province].filter(Boolean).join(", ");
  const editHref = (unit: ConsoleUnit) => `/console/units/${unit.id}/edit`;

  return (
    <>
      <ul className="space-y-3 md:hidden">
        {units.map((unit) => (
          <li key={unit.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="font-semibold leading-snug">{unit.name}</p>
            <p className="mt-1 font-mono text-sm text-slate-700">{unit.code}</p>
            <p className="text-sm text-slate-700">{kind(unit)}</p>
            <p className="text-sm text-slate-700">
              {place(unit)} · <abbr title={unit.timeZone}>{zone(unit.timeZone)}</abbr>
            </p>
            <Link
              href={editHref(unit)}
              aria-label={t("actions.editUnit", { name: unit.name })}
              className="mt-2 inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2"
            >
              {t("actions.edit")}
            </Link>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("list.caption")}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t("fields.code")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("fields.name")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("fields.province")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("fields.timeZone")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">
                <span className="sr-only">{t("actions.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {units.map((unit) => (
              <tr key={unit.id} className="align-top">
                <td className="whitespace-nowrap px-3 py-2 font-mono">{unit.code}</td>
                <td className="px-3 py-2">
                  <span className="font-medium">{unit.name}</span>
                  <span className="block text-slate-600">{kind(unit)}</span>
                </td>
                <td className="px-3 py-2">
                  {unit.regionalOffice.province}
                  {unit.city && <span className="block text-slate-600">{unit.city}</span>}
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <abbr title={unit.timeZone}>{zone(unit.timeZone)}</abbr>
                </td>
                <td className="px-3 py-2 text-right">
                  <Link
                    href={editHref(unit)}
                    aria-label={t("actions.editUnit", { name: unit.name })}
                    className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2"
                  >
                    {t("actions.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
