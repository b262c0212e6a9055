import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listPublicEvents } from "@/lib/events/queries";
import { formatRangeInZone, type TimeLocale } from "@/lib/time";

export default async function HomePage() {
  const [t, locale, events] = await Promise.all([getTranslations("home"), getLocale(), listPublicEvents()]);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("heading")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      {events.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {events.map((event) => (
            <li key={event.slug}>
              <Link
                href={`/e/${event.slug}`}
                aria-label={t("viewEvent", { title: event.title })}
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              >
                <h2 className="text-lg font-semibold text-brand-800">{event.title}</h2>
                {event.theme && <p className="mt-1 italic text-slate-700">“{event.theme}”</p>}
                <p className="mt-2 text-sm text-slate-700">
                  {formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, locale as TimeLocale)}
                </p>
                <p className="text-sm text-slate-600">
                  {[event.venueName, event.venueCity].filter(Boolean).join(", ")}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
