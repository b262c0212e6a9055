import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/authorize";
import { getActor } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { listEventsForConsole } from "@/lib/events/queries";
import { formatRangeInZone, type TimeLocale } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("console"))("heading") };
}

export default async function ConsoleEventsPage() {
  const actor = await getActor();
  // The installation's admin without an organisation of their own has organisations to look after, no events.
  if (!can(actor, "event:manage") && can(actor, "installation:manage")) redirect("/console/organizations");
  const [t, tn, locale, events] = await Promise.all([
    getTranslations("events"),
    getTranslations("eventNav"),
    getLocale(),
    listEventsForConsole(actor),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("listHeading")}</h1>
        <ButtonLink href="/console/events/new">{t("newHeading")}</ButtonLink>
      </div>
      {events.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {events.map((event) => (
            <li key={event.id} className="px-4 py-3">
              <Link href={`/console/events/${event.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                {event.title}
              </Link>
              <p className="text-sm text-slate-600">
                <span className="mr-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                  {tn(`status.${event.status}`)}
                </span>
                {formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, locale as TimeLocale)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
