import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { UNIT_TYPES } from "@/lib/units/schema";

interface UnitFiltersProps {
  query: string;
  province: string;
  type: string | null;
  provinces: string[];
}

// A plain GET form: it works before (and without) JavaScript, and the filtered list has a URL
// that can be shared or bookmarked.
export async function UnitFilters({ query, province, type, provinces }: UnitFiltersProps) {
  const [t, types] = await Promise.all([getTranslations("units"), getTranslations("unitType")]);
  const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm";
  return (
    <form method="get" action="/console/units" role="search" aria-label={t("filters.label")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <label htmlFor="units-q" className="block text-sm font-medium text-slate-800">
          {t("filters.query")}
        </label>
        <input id="units-q" type="search" name="q" defaultValue={query} placeholder={t("filters.queryPlaceholder")} maxLength={100} className={control} />
      </div>
      <div>
        <label htmlFor="units-province" className="block text-sm font-medium text-slate-800">
          {t("fields.province")}
        </label>
        <select id="units-province" name="province" defaultValue={province} className={control}>
          <option value="">{t("filters.allProvinces")}</option>
          {provinces.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="units-type" className="block text-sm font-medium text-slate-800">
          {t("fields.type")}
        </label>
        <select id="units-type" name="type" defaultValue={type ?? ""} className={control}>
          <option value="">{t("filters.allTypes")}</option>
          {UNIT_TYPES.map((value) => (
            <option key={value} value={value}>
              {types(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
          {t("filters.submit")}
        </button>
        {(query || province || type) && (
          <a href="/console/units" className={buttonClass("ghost", "w-full sm:w-auto")}>
            {t("filters.reset")}
          </a>
        )}
      </div>
    </form>
  );
}
