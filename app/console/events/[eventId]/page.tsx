import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/events/auto-refresh";
import { DuplicateEventForm } from "@/components/events/duplicate-event-form";
import { ProvinceChart } from "@/components/events/province-chart";
import { StatusControls } from "@/components/events/status-controls";
import { getActor } from "@/lib/auth/session";
import { getEventOverview } from "@/lib/events/overview";
import { getEventForConsole, PUBLIC_EVENT_STATUSES } from "@/lib/events/queries";
import { formatRangeInZone, toZonedInputValue, zoneLabel, type TimeLocale } from "@/lib/time";

export default async function EventOverviewPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await getActor();
  const [event, overview, t, locale] = await Promise.all([
    getEventForConsole(actor, eventId),
    getEventOverview(actor, eventId),
    getTranslations("events.overview"),
    getLocale(),
  ]);
  if (!event || !overview) notFound();
  const used = overview.capacity > 0 ? Math.round((overview.seatsTaken / overview.capacity) * 100) : 0;
  const card = "rounded-lg border border-slate-200 bg-white p-4";

  return (
    <div className="space-y-6">
      <AutoRefresh seconds={30} />
      <p className="text-slate-700">
        {formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, locale as TimeLocale)} ·{" "}
        {PUBLIC_EVENT_STATUSES.includes(event.status) ? (
          <Link href={`/e/${event.slug}`} className="font-medium text-brand-800 underline">
            {t("publicPage")}
          </Link>
        ) : (
          t("publicPageAfterPublish")
        )}
      </p>

      <section aria-labelledby="seats-heading" className={card}>
        <h2 id="seats-heading" className="font-semibold">
          {t("seatsHeading")}
        </h2>
        <p className="mt-1 text-2xl font-bold">{t("seatsUsed", { taken: overview.seatsTaken, capacity: overview.capacity })}</p>
        <progress className="mt-2 h-3 w-full" max={overview.capacity} value={Math.min(overview.seatsTaken, overview.capacity)} aria-label={t("seatsHeading")} aria-valuetext={`${used}%`} />
        <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
          <Stat label={t("confirmed")} value={overview.confirmed} />
          <Stat label={t("pending")} value={overview.pending} />
          <Stat label={t("waitlisted")} value={overview.waitlisted} />
          <Stat label={t("quotaTotal", { units: overview.invitedUnits })} value={overview.quotaTotal} />
        </dl>
      </section>

      <section aria-labelledby="province-heading" className={card}>
        <h2 id="province-heading" className="font-semibold">
          {t("provinceHeading")}
        </h2>
        {overview.provinces.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noUnits")}</p>
        ) : (
          <>
            <ProvinceChart
              rows={overview.provinces}
              bars={[
                { key: "quota", label: t("quota"), fill: "#b6d7dc" },
                { key: "registered", label: t("registered"), fill: "#0f5864" },
              ]}
            />
            <div className="mt-3 max-h-80 overflow-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("provinceTableCaption")}</caption>
                <thead className="sticky top-0 bg-white">
                  <tr>
                    <th scope="col" className="py-1 pr-2">{t("province")}</th>
                    <th scope="col" className="py-1 pr-2 text-right">{t("registered")}</th>
                    <th scope="col" className="py-1 text-right">{t("quota")}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.provinces.map((row) => (
                    <tr key={row.province} className="border-t border-slate-100">
                      <th scope="row" className="py-1 pr-2 font-normal">{row.province}</th>
                      <td className="py-1 pr-2 text-right">{row.registered}</td>
                      <td className="py-1 text-right">{row.quota}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="silent-heading" className={card}>
        <h2 id="silent-heading" className="font-semibold">
          {t("silentUnitsHeading", { count: overview.unitsWithoutRegistrations.length })}
        </h2>
        {overview.unitsWithoutRegistrations.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{overview.invitedUnits === 0 ? t("noUnits") : t("silentUnitsNone")}</p>
        ) : (
          <ul className="mt-2 max-h-72 space-y-1 overflow-auto text-sm">
            {overview.unitsWithoutRegistrations.map((unit) => (
              <li key={unit.id}>
                {unit.name} <span className="text-slate-500">· {unit.province} · {t("seats", { count: unit.seats })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="coordinators-heading" className={card}>
        <h2 id="coordinators-heading" className="font-semibold">
          {t("neverSignedInHeading", { count: overview.coordinatorsNeverSignedIn.length })}
        </h2>
        {overview.coordinatorsNeverSignedIn.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t(overview.coordinators === 0 ? "noCoordinators" : "neverSignedInNone")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {overview.coordinatorsNeverSignedIn.map((user) => (
              <li key={user.id}>
                {user.name} <span className="text-slate-500">· {user.email} · {user.units.join(", ")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="status-heading" className={card}>
        <h2 id="status-heading" className="mb-2 font-semibold">
          {t("statusHeading")}
        </h2>
        <StatusControls eventId={event.id} status={event.status} />
      </section>

      <details className={card}>
        <summary className="cursor-pointer font-semibold">{t("duplicateHeading")}</summary>
        <div className="mt-3">
          <DuplicateEventForm
            eventId={event.id}
            zoneLabel={zoneLabel(event.timeZone, event.startsAt)}
            defaults={{ title: `${event.title} (salinan)`, slug: `${event.slug}-salinan`, startsAt: toZonedInputValue(event.startsAt, event.timeZone) }}
          />
        </div>
      </details>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded bg-slate-50 p-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold">{value}</dd>
    </div>
  );
}
