import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { DEFAULT_INVITE_SEATS } from "@/lib/quotas/constants";
import type { listUninvitedUnits } from "@/lib/quotas/queries";
import { InviteUnitForm } from "./invite-unit-form";

interface UnitPickerProps {
  eventId: string;
  /** The search as typed; undefined until the organizer searches (then "" lists every unit). */
  find: string | undefined;
  results: Awaited<ReturnType<typeof listUninvitedUnits>> | null;
  typeLabel: (type: string) => string;
  /** Search parameters of the rest of the page, kept when searching. */
  keep: Record<string, string>;
  hrefForPage: (page: number) => string;
}

// Search with a plain GET form (works before any script loads), then invite from the results.
export async function UnitPicker({ eventId, find, results, typeLabel, keep, hrefForPage }: UnitPickerProps) {
  const [t, common] = await Promise.all([getTranslations("quotas.invite"), getTranslations("common")]);
  return (
    <div>
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor="unit-picker-find" className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <input
            id="unit-picker-find"
            name="find"
            type="search"
            defaultValue={find ?? ""}
            placeholder={t("placeholder")}
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-slate-50">
          {t("searchButton")}
        </button>
      </form>
      {results && (
        <div className="mt-3">
          <h3 className="text-sm font-semibold text-slate-700">
            {t("results")} ({results.total})
          </h3>
          {results.items.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("noResults")}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {results.items.map((unit) => (
                <InviteUnitForm key={unit.id} eventId={eventId} defaultSeats={DEFAULT_INVITE_SEATS} unit={{ ...unit, typeLabel: typeLabel(unit.type) }} />
              ))}
            </ul>
          )}
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            hrefFor={hrefForPage}
            labels={{
              previous: common("previous"),
              next: common("next"),
              nav: t("results"),
              page: common("pageOf", { page: results.page, pageCount: results.pageCount }),
            }}
          />
        </div>
      )}
    </div>
  );
}
