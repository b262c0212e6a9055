import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination, pageFrom } from "@/components/ui/pagination";
import { can } from "@/lib/auth/authorize";
import { getActor } from "@/lib/auth/session";
import { getEventForConsole } from "@/lib/events/queries";
import { INVITATION_PERMISSION } from "@/lib/invitations/permission";
import { listEventCoordinators } from "@/lib/invitations/queries";
import type { TimeLocale } from "@/lib/time";
import { UnitCoordinatorsCard } from "./unit-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations.page"))("title") };
}

type SearchParams = Promise<{ q?: string | string[]; filter?: string | string[]; page?: string | string[] }>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function EventCoordinatorsPage({ params, searchParams }: { params: Promise<{ eventId: string }>; searchParams: SearchParams }) {
  const [{ eventId }, query, actor] = await Promise.all([params, searchParams, getActor()]);
  const event = await getEventForConsole(actor, eventId);
  if (!event) notFound();
  const search = one(query.q).slice(0, 100);
  const withoutCoordinator = one(query.filter) === "without";
  const [t, tc, locale, list] = await Promise.all([
    getTranslations("invitations.page"),
    getTranslations("common"),
    getLocale(),
    listEventCoordinators(actor, { eventId, search, withoutCoordinator, page: pageFrom(query.page) }),
  ]);
  const base = `/console/events/${event.id}/coordinators`;
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (search) params.set("q", search);
    if (withoutCoordinator) params.set("filter", "without");
    if (page > 1) params.set("page", String(page));
    const qs = params.toString();
    return qs ? `${base}?${qs}` : base;
  };
  const { summary } = list;

  return (
    <>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("intro")}</p>
      <ul className="mt-3 grid grid-cols-1 gap-2 text-sm sm:grid-cols-3">
        <li className="rounded-md border border-slate-200 bg-white px-3 py-2">{t("summaryInvited", { count: summary.invitedUnits })}</li>
        <li className="rounded-md border border-slate-200 bg-white px-3 py-2">{t("summaryWithout", { count: summary.unitsWithoutCoordinator })}</li>
        <li className="rounded-md border border-slate-200 bg-white px-3 py-2">{t("summaryPending", { count: summary.pendingInvitations })}</li>
      </ul>

      <form method="get" action={base} role="search" className="mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-3">
        <div>
          <label htmlFor="coordinators-q" className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <input
            id="coordinators-q"
            name="q"
            type="search"
            defaultValue={search}
            placeholder={t("searchPlaceholder")}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
          />
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="filter" value="without" defaultChecked={withoutCoordinator} className="size-5" />
            {t("onlyWithout")}
          </label>
          <button type="submit" className="min-h-11 rounded-md border border-brand-700 bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            {tc("search")}
          </button>
        </div>
      </form>

      <p className="mt-4 text-sm text-slate-600" aria-live="polite">
        {t("shown", { count: list.total })}
      </p>
      {list.units.length === 0 ? (
        <p className="mt-2 rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          {summary.invitedUnits === 0 ? t("noInvitedUnits") : t("noMatches")}
        </p>
      ) : (
        <ul className="mt-2 space-y-3">
          {list.units.map((unit) => (
            <li key={unit.id}>
              <UnitCoordinatorsCard
                eventId={event.id}
                unit={unit}
                timeZone={event.timeZone}
                locale={locale as TimeLocale}
                canManage={can(actor, INVITATION_PERMISSION)}
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={hrefFor}
        labels={{ previous: tc("previous"), next: tc("next"), nav: tc("pagination"), page: tc("pageOf", { page: list.page, pageCount: list.pageCount }) }}
      />
    </>
  );
}
