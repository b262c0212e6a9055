import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ParticipantFilters } from "@/components/participants/participant-filters";
import { ParticipantList } from "@/components/participants/participant-list";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { getParticipantFilterOptions, listParticipants } from "@/lib/participants/queries";
import { filterSearchParams } from "@/lib/participants/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("meta.list") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ParticipantsPage({ params, searchParams }: { params: Promise<{ eventId: string }>; searchParams: Promise<SearchParams> }) {
  const { eventId } = await params;
  const base = `/console/events/${eventId}/participants`;
  const actor = await requirePagePermission("registration:manage-any", base);
  const query = await searchParams;
  const options = await getParticipantFilterOptions(actor, eventId);
  if (!options) notFound();
  const [list, t, common, baseUrl] = await Promise.all([
    listParticipants(actor, { eventId, unitId: query.unitId, province: query.province, status: query.status, mode: query.mode, q: query.q, page: query.page }),
    getTranslations("participants"),
    getTranslations("common"),
    // Without a trustworthy address the list still works; only the ticket links are left out.
    publicBaseUrl().catch(() => null),
  ]);
  const { filter } = list;
  const withFilter = (path: string, page = 1) => {
    const search = filterSearchParams(filter, page).toString();
    return search ? `${path}?${search}` : path;
  };
  const filtered = withFilter(base) !== base;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={filter.unitId ? `${base}/import?unitId=${encodeURIComponent(filter.unitId)}` : `${base}/import`} className="grow sm:grow-0">
          {t("actions.import")}
        </ButtonLink>
        {/* Files, not pages: plain links so the client router does not try to render them. */}
        <a href={withFilter(`${base}/export.csv`)} download className={buttonClass("secondary", "grow sm:grow-0")}>
          {t("actions.exportCsv")}
        </a>
        <a href={withFilter(`${base}/export.xlsx`)} download className={buttonClass("secondary", "grow sm:grow-0")}>
          {t("actions.exportXlsx")}
        </a>
      </div>
      <p className="text-sm text-slate-600">{t("actions.exportHint")}</p>

      <ParticipantFilters action={base} filter={filter} options={options} />

      <p className="text-sm font-medium text-slate-700" aria-live="polite">
        {t("list.count", { total: list.total })}
      </p>
      {list.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{filtered ? t("list.noMatch") : t("list.empty")}</p>
      ) : (
        <ParticipantList eventId={eventId} items={list.items} timeZone={options.event.timeZone} baseUrl={baseUrl} />
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => withFilter(base, page)}
        labels={{
          previous: common("previous"),
          next: common("next"),
          nav: common("pagination"),
          page: common("pageOf", { page: list.page, pageCount: list.pageCount }),
        }}
      />
    </div>
  );
}
