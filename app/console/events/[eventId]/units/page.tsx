import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QuotaAnnouncerProvider } from "@/components/quotas/announcer";
import { BulkInviteForm } from "@/components/quotas/bulk-invite-form";
import { InvitedUnitRow } from "@/components/quotas/invited-unit-row";
import { QuotaSummaryBar } from "@/components/quotas/quota-summary-bar";
import { UnitPicker } from "@/components/quotas/unit-picker";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-controls";
import { Pagination, pageFrom } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { getQuotaSummary, listInvitedUnits, listQuotaFilterOptions, listUninvitedUnits } from "@/lib/quotas/queries";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quotas"))("title") };
}

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function EventUnitsPage({ params, searchParams }: { params: Promise<{ eventId: string }>; searchParams: Promise<SearchParams> }) {
  const { eventId } = await params;
  const base = `/console/events/${eventId}/units`;
  const actor = await requirePagePermission("quota:manage", base);
  const query = await searchParams;
  // The list's filters and the picker's search live side by side in the address.
  const state = {
    q: text(query.q)?.trim() ?? "",
    province: text(query.province) ?? "",
    page: String(pageFrom(query.page)),
    find: text(query.find),
    findPage: String(pageFrom(query.findPage)),
  };
  const href = (changes: Partial<typeof state>) => {
    const next: Record<string, string | undefined> = { ...state, ...changes };
    const entries = Object.entries(next).flatMap(([key, value]) =>
      // An empty "find" still means "the picker is open, listing every unit"; empty filters mean none.
      value === undefined || (value === "" && key !== "find") || ((key === "page" || key === "findPage") && value === "1") ? [] : [[key, value]],
    );
    return entries.length ? `${base}?${new URLSearchParams(entries)}` : base;
  };

  const summary = await getQuotaSummary(actor, eventId);
  if (!summary) notFound();
  const readOnly = summary.event.status === "ARCHIVED";
  const [list, options, picker, t, unitType, common] = await Promise.all([
    listInvitedUnits(actor, { eventId, page: Number(state.page), search: state.q, province: state.province }),
    listQuotaFilterOptions(actor),
    state.find !== undefined && !readOnly ? listUninvitedUnits(actor, { eventId, search: state.find, page: Number(state.findPage) }) : null,
    getTranslations("quotas"),
    getTranslations("unitType"),
    getTranslations("common"),
  ]);
  const typeLabel = (type: string) => unitType(type);
  const filtered = state.q !== "" || state.province !== "";

  return (
    <QuotaAnnouncerProvider>
      <div className="space-y-6">
        <QuotaSummaryBar summary={summary} />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="min-w-0 flex-1 basis-64 text-sm text-slate-700">{t("intro")}</p>
          {/* A plain link: the PDF is a file, not a page for the client router. */}
          <a href={`/console/events/${eventId}/lampiran.pdf`} className={buttonClass("secondary", "w-full sm:w-auto")}>
            {t("downloadLampiran")}
          </a>
        </div>

        {readOnly ? (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {t("archivedNotice")}
          </p>
        ) : (
          <>
            <section aria-labelledby="invite-one-heading" className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="invite-one-heading" className="mb-3 text-lg font-semibold">
                {t("invite.heading")}
              </h2>
              <UnitPicker
                eventId={eventId}
                find={state.find}
                results={picker}
                typeLabel={typeLabel}
                keep={Object.fromEntries(new URLSearchParams(href({ find: undefined, findPage: "1" }).split("?")[1] ?? ""))}
                hrefForPage={(findPage) => href({ findPage: String(findPage) })}
              />
            </section>
            <details className="rounded-lg border border-slate-200 bg-white p-4">
              <summary className="min-h-11 cursor-pointer content-center text-lg font-semibold">{t("bulk.heading")}</summary>
              <div className="mt-3">
                <BulkInviteForm eventId={eventId} provinces={options.provinces} types={options.types.map((value) => ({ value, label: typeLabel(value) }))} />
              </div>
            </details>
          </>
        )}

        <section aria-labelledby="invited-heading">
          <h2 id="invited-heading" className="text-lg font-semibold">
            {t("list.heading")} <span className="text-base font-normal text-slate-600">({t("list.count", { total: list.total })})</span>
          </h2>
          <form method="get" role="search" className="mt-3 grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
            {state.find !== undefined && <input type="hidden" name="find" value={state.find} />}
            <div>
              <label htmlFor="invited-search" className="block text-sm font-medium text-slate-800">
                {t("list.search")}
              </label>
              <input
                id="invited-search"
                name="q"
                type="search"
                defaultValue={state.q}
                className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm"
              />
            </div>
            <SelectField id="invited-province" name="province" label={t("list.province")} defaultValue={state.province}>
              <option value="">{t("list.anyProvince")}</option>
              {options.provinces.map((province) => (
                <option key={province} value={province}>
                  {province}
                </option>
              ))}
            </SelectField>
            <div className="flex gap-2">
              <button type="submit" className={buttonClass("secondary")}>
                {t("list.filter")}
              </button>
              {filtered && (
                <Link href={href({ q: "", province: "", page: "1" })} className={buttonClass("ghost")}>
                  {t("list.reset")}
                </Link>
              )}
            </div>
          </form>

          {list.items.length === 0 ? (
            <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-600">{filtered ? t("list.noMatch") : t("list.empty")}</p>
          ) : (
            <ul className="mt-4 space-y-2">
              {list.items.map((unit) => (
                <InvitedUnitRow key={unit.unitId} eventId={eventId} readOnly={readOnly} unit={{ ...unit, typeLabel: typeLabel(unit.type) }} />
              ))}
            </ul>
          )}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            hrefFor={(page) => href({ page: String(page) })}
            labels={{
              previous: common("previous"),
              next: common("next"),
              nav: common("pagination"),
              page: common("pageOf", { page: list.page, pageCount: list.pageCount }),
            }}
          />
        </section>
      </div>
    </QuotaAnnouncerProvider>
  );
}
