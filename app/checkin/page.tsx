import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listDoorEvents } from "@/lib/attendance/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { formatRangeInZone, type TimeLocale } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("attendance.door"))("heading") };
}

/** Door staff's home: the events they scan for. */
export default async function DoorHomePage() {
  const actor = await requirePagePermission("checkin:scan", "/checkin");
  const [t, locale, events] = await Promise.all([getTranslations("attendance.door"), getLocale(), listDoorEvents(actor)]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-slate-700">{t("intro", { name: actor.name })}</p>
      {events.length === 0 ? (
        <p className="mt-6 text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {events.map((event) => (
            <li key={event.id}>
              <Link href={`/checkin/${event.id}`} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-700">
                <span className="block font-semibold text-brand-800">{event.title}</span>
                <span className="block text-sm text-slate-700">{formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, locale as TimeLocale)}</span>
                <span className="block text-sm text-slate-600">{event.venueName}</span>
                <span className="mt-2 inline-block rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white">{t("open")}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
