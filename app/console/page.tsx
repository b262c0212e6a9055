import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listEventsForConsole } from "@/lib/events/queries";
import { formatRangeInZone, type TimeLocale } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("console"))("heading") };
}

export default async function ConsoleHomePage() {
  const actor = await requirePagePermission("console:access", "/console");
  const [t, locale, events] = await Promise.all([getTranslations("console"), getLocale(), listEventsForConsole(actor)]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-slate-700">{t("intro", { name: actor.name })}</p>
      <h2 className="mt-6 text-lg font-semibold">{t("empty")}</h2>
      {events.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("noEvents")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {events.map((event) => (
            <li key={event.id} className="px-4 py-3">
              <Link href={`/e/${event.slug}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                {event.title}
              </Link>
              <p className="text-sm text-slate-600">
                {event.status} · {formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, locale as TimeLocale)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
