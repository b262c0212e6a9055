import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrivalsChart } from "@/components/attendance/console/attendance-charts";
import { ProvinceChart } from "@/components/events/province-chart";
import { OnlinePresence } from "@/components/attendance/console/online-presence";
import { SignatureToggle } from "@/components/attendance/console/signature-toggle";
import { AutoRefresh } from "@/components/events/auto-refresh";
import { buttonClass } from "@/components/ui/button";
import { dayLabel } from "@/lib/attendance/day-label";
import { getLiveAttendance } from "@/lib/attendance/live";
import { getActor } from "@/lib/auth/session";
import { formatInZone, type TimeLocale } from "@/lib/time";

type Search = Promise<{ day?: string; session?: string }>;

export default async function AttendancePage({ params, searchParams }: { params: Promise<{ eventId: string }>; searchParams: Search }) {
  const [{ eventId }, search] = await Promise.all([params, searchParams]);
  const [live, t, locale] = await Promise.all([
    getLiveAttendance(await getActor(), eventId, search.day ?? null, search.session ?? null),
    getTranslations("attendance.live"),
    getLocale(),
  ]);
  if (!live) notFound();
  const loc = locale as TimeLocale;
  const base = `/console/events/${eventId}/attendance`;
  const query = new URLSearchParams({ day: live.day, ...(live.session ? { session: live.session.id } : {}) }).toString();
  const card = "rounded-lg border border-slate-200 bg-white p-4";
  const time = (at: Date) => formatInZone(at, live.event.timeZone, loc, "time");

  return (
    <div className="space-y-6">
      <AutoRefresh seconds={10} />
      <nav aria-label={t("days")} className="flex flex-wrap gap-2">
        {live.event.days.map((d) => (
          <Link key={d} href={`${base}?day=${d}`} aria-current={d === live.day ? "page" : undefined} className={buttonClass(d === live.day ? "primary" : "secondary", "min-h-9 px-3 py-1")}>
            {dayLabel(d, loc)}
          </Link>
        ))}
      </nav>
      {live.sessions.length > 0 && (
        <form method="get" action={base} className="grid max-w-full grid-cols-[minmax(0,1fr)_auto] items-end gap-2">
          <input type="hidden" name="day" value={live.day} />
          <label htmlFor="live-session" className="col-span-2 text-sm font-semibold">{t("session")}</label>
          <select id="live-session" name="session" defaultValue={live.session?.id ?? ""} className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-2">
            <option value="">{t("wholeDay")}</option>
            {live.sessions.map((s) => (
              <option key={s.id} value={s.id}>{`${time(s.startsAt)} ${s.title}`}</option>
            ))}
          </select>
          <button type="submit" className={buttonClass("secondary", "min-h-9 px-3 py-1")}>{t("show")}</button>
        </form>
      )}

      <section aria-labelledby="present-heading" className={card}>
        <h2 id="present-heading" className="font-semibold">{t("presentHeading", { day: dayLabel(live.day, loc) })}</h2>
        <p className="mt-1 text-3xl font-bold" data-testid="present-total">{t("presentOf", { present: live.present, registered: live.registered })}</p>
        <p className="text-sm text-slate-600">{t("onlineCount", { count: live.presentOnline })}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <a href={`${base}/daftar-hadir.pdf?${query}`} className={buttonClass("primary")}>{t("downloadPdf")}</a>
          <a href={`${base}/daftar-hadir.xlsx?${query}`} className={buttonClass("secondary")}>{t("downloadXlsx")}</a>
        </div>
      </section>

      <section aria-labelledby="arrivals-heading" className={card}>
        <h2 id="arrivals-heading" className="font-semibold">{t("arrivalsHeading")}</h2>
        {live.arrivals.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noArrivals")}</p>
        ) : (
          <>
            <ArrivalsChart rows={live.arrivals.map((a) => ({ time: time(a.at), count: a.count }))} label={t("arrivals")} />
            <ul className="sr-only">
              {live.arrivals.map((a) => <li key={a.at.toISOString()}>{t("arrivalsAt", { time: time(a.at), count: a.count })}</li>)}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="province-presence-heading" className={card}>
        <h2 id="province-presence-heading" className="font-semibold">{t("provinceHeading")}</h2>
        <ProvinceChart
          rows={live.provinces}
          bars={[
            { key: "registered", label: t("registered"), fill: "#b6d7dc" },
            { key: "present", label: t("present"), fill: "#15803d" },
          ]}
        />
      </section>

      <section aria-labelledby="units-heading" className={card}>
        <h2 id="units-heading" className="font-semibold">{t("unitsHeading")}</h2>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{t("unitsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-2">{t("unit")}</th>
              <th scope="col" className="py-1 pr-2 text-right">{t("presentShort")}</th>
              <th scope="col" className="py-1">{t("missing")}</th>
            </tr>
          </thead>
          <tbody>
            {live.units.map((u) => (
              <tr key={u.unitName} className="border-t border-slate-100 align-top">
                <th scope="row" className="py-1 pr-2 font-normal">{u.unitName}<span className="block text-xs text-slate-500">{u.province}</span></th>
                <td className="py-1 pr-2 text-right tabular-nums">{`${u.present}/${u.registered}`}</td>
                <td className="py-1 text-slate-700">{u.missing.length === 0 ? t("allPresent") : u.missing.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="online-heading" className={card}>
        <h2 id="online-heading" className="font-semibold">{t("onlineHeading")}</h2>
        <OnlinePresence eventId={eventId} day={live.day} people={live.online} />
      </section>

      <section aria-labelledby="settings-heading" className={card}>
        <h2 id="settings-heading" className="font-semibold">{t("settingsHeading")}</h2>
        <SignatureToggle eventId={eventId} required={live.event.requireSignature} />
        <p className="mt-3 text-sm">
          <Link href={`/checkin/${eventId}`} className="font-medium text-brand-800 underline">{t("openScanner")}</Link>
        </p>
      </section>
    </div>
  );
}
