import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listMyUnits } from "@/lib/units/queries";
import { formatInZone, formatRangeInZone, type TimeLocale } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unit"))("heading") };
}

export default async function UnitPortalHomePage() {
  const actor = await requirePagePermission("unit-portal:access", "/unit");
  const [t, locale, units] = await Promise.all([getTranslations("unit"), getLocale(), listMyUnits(actor)]);
  const loc = locale as TimeLocale;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-slate-700">{t("intro", { name: actor.name })}</p>
      <h2 className="mt-6 text-lg font-semibold">{t("yourUnits")}</h2>
      {units.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("noUnits")}</p>
      ) : (
        units.map((unit) => (
          <section key={unit.id} aria-labelledby={`unit-${unit.id}`} className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
            <h3 id={`unit-${unit.id}`} className="font-semibold text-brand-800">
              {unit.name}
            </h3>
            <p className="text-sm text-slate-600">
              {unit.code} · {unit.regionalOffice.province}
            </p>
            {unit.quotas.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">{t("noInvitations")}</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {unit.quotas.map(({ event, seats, usedSeats }) => (
                  <li key={event.id} className="rounded-md bg-slate-50 p-3">
                    <Link href={`/unit/events/${event.id}/${unit.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                      {event.title}
                    </Link>
                    <p className="text-sm text-slate-700">{formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, loc)}</p>
                    <p className="mt-1 text-sm">{t("seatsUsed", { used: usedSeats, seats })}</p>
                    <p className="text-sm text-slate-700">
                      {t("deadline", { date: formatInZone(event.registrationClosesAt, event.timeZone, loc, "dateTime") })}
                    </p>
                    <Link
                      href={`/unit/events/${event.id}/${unit.id}`}
                      className="mt-2 inline-block rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white"
                    >
                      {t("manage")}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </>
  );
}
