import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { Pagination } from "@/components/ui/pagination";
import { UnitFilters } from "@/components/units/unit-filters";
import { UnitList } from "@/components/units/unit-list";
import { requirePagePermission } from "@/lib/auth/session";
import { listRegionalOfficeRollup, listUnitsForConsole } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("meta.list") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function UnitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission("unit:manage", "/console/units");
  const params = await searchParams;
  const [t, common, list, offices] = await Promise.all([
    getTranslations("units"),
    getTranslations("common"),
    listUnitsForConsole(actor, { query: params.q, province: params.province, type: params.type || null, page: params.page }),
    listRegionalOfficeRollup(actor),
  ]);
  const { query, province, type } = list.filter;
  const filtered = query !== "" || province !== "" || type !== null;
  const hrefFor = (page: number) => {
    const search = new URLSearchParams();
    if (query) search.set("q", query);
    if (province) search.set("province", province);
    if (type) search.set("type", type);
    if (page > 1) search.set("page", String(page));
    const text = search.toString();
    return text ? `/console/units?${text}` : "/console/units";
  };
  // Only something shaped like a unit code is echoed back, so a crafted link cannot make the page say anything.
  const saved = /^[A-Z0-9][A-Z0-9._/-]{0,39}$/.test(first(params.saved)) ? first(params.saved) : "";

  return (
    <>
      {saved && <FormMessage tone="success" message={t("list.saved", { code: saved })} />}
      <div className="mb-4 mt-2 flex flex-wrap gap-2">
        <ButtonLink href="/console/units/new" className="grow sm:grow-0">
          {t("actions.add")}
        </ButtonLink>
        <ButtonLink href="/console/units/import" variant="secondary" className="grow sm:grow-0">
          {t("actions.import")}
        </ButtonLink>
        {/* A file download, not a page: a plain link so the router does not try to render it. */}
        <a href="/console/units/export.csv" download className={buttonClass("secondary", "grow sm:grow-0")}>
          {t("actions.export")}
        </a>
      </div>

      <UnitFilters query={query} province={province} type={type} provinces={offices.map((office) => office.province)} />

      <p className="mt-4 text-sm font-medium text-slate-700" aria-live="polite">
        {t("list.count", { total: list.total })}
      </p>
      {list.units.length === 0 ? (
        <p className="mt-2 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {filtered ? t("list.noMatch") : t("list.empty")}
        </p>
      ) : (
        <div className="mt-2">
          <UnitList units={list.units} />
        </div>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={hrefFor}
        labels={{
          previous: common("previous"),
          next: common("next"),
          nav: common("pagination"),
          page: common("pageOf", { page: list.page, pageCount: list.pageCount }),
        }}
      />
    </>
  );
}
