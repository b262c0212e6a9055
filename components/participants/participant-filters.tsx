import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-controls";
import type { ParticipantFilterOptions } from "@/lib/participants/queries";
import type { ParticipantFilter } from "@/lib/participants/schema";

interface ParticipantFiltersProps {
  action: string;
  filter: ParticipantFilter;
  options: Pick<ParticipantFilterOptions, "units" | "provinces" | "statuses" | "modes">;
}

// A plain GET form: it works before (and without) JavaScript, and a filtered list has an address
// that can be shared, bookmarked, and handed to the export links.
export async function ParticipantFilters({ action, filter, options }: ParticipantFiltersProps) {
  const t = await getTranslations("participants");
  const filtered = filter.unitId !== "" || filter.province !== "" || filter.status !== "active" || filter.mode !== null || filter.q !== "";
  const statusLabel = (value: string) => (value === "active" ? t("filters.statusActive") : value === "all" ? t("filters.statusAll") : t(`status.${value}`));
  return (
    <form method="get" action={action} role="search" aria-label={t("filters.label")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2 lg:col-span-4">
        <label htmlFor="participants-q" className="block text-sm font-medium text-slate-800">
          {t("filters.q")}
        </label>
        <input
          id="participants-q"
          type="search"
          name="q"
          defaultValue={filter.q}
          placeholder={t("filters.qPlaceholder")}
          maxLength={100}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
        />
      </div>
      <SelectField id="participants-unit" name="unitId" label={t("filters.unit")} defaultValue={filter.unitId}>
        <option value="">{t("filters.allUnits")}</option>
        {options.units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </SelectField>
      <SelectField id="participants-province" name="province" label={t("filters.province")} defaultValue={filter.province}>
        <option value="">{t("filters.allProvinces")}</option>
        {options.provinces.map((province) => (
          <option key={province} value={province}>
            {province}
          </option>
        ))}
      </SelectField>
      <SelectField id="participants-status" name="status" label={t("filters.status")} defaultValue={filter.status}>
        {options.statuses.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </SelectField>
      <SelectField id="participants-mode" name="mode" label={t("filters.mode")} defaultValue={filter.mode ?? ""}>
        <option value="">{t("filters.allModes")}</option>
        {options.modes.map((mode) => (
          <option key={mode} value={mode}>
            {t(`mode.${mode}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
          {t("filters.submit")}
        </button>
        {filtered && (
          <a href={action} className={buttonClass("ghost", "w-full sm:w-auto")}>
            {t("filters.reset")}
          </a>
        )}
      </div>
    </form>
  );
}
