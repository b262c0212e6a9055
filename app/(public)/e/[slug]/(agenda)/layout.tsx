import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OfflineSupport } from "@/components/agenda/offline-support";
import { sessionPath } from "@/lib/agenda/public/paths";
import { getPublicAgenda } from "@/lib/agenda/public-queries";
import { formatInZone, type TimeLocale } from "@/lib/time";

// Shared by the session, speakers and rooms pages (the agenda itself is rendered without React, see
// ./agenda/route.ts): only for events the public may see
// (a draft is a 404), with the time the data last changed so a saved copy read offline says how old it is.
export default async function AgendaLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [agenda, t, locale] = await Promise.all([getPublicAgenda(slug), getTranslations("publicAgenda"), getLocale()]);
  if (!agenda) notFound();
  const base = `/e/${agenda.event.slug}`;
  return (
    <div>
      <OfflineSupport
        offlineText={t("offline")}
        warmPages={[`${base}/agenda`, `${base}/speakers`, `${base}/rooms`, ...agenda.sessions.map((s) => sessionPath(agenda.event.slug, s.id))]}
      />
      <p className="text-sm">
        <a href={base} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>
          {agenda.event.title}
        </a>
      </p>
      <div className="mt-2">{children}</div>
      <p className="mt-8 text-sm text-slate-700" data-testid="last-updated">
        {t("lastUpdated", { time: formatInZone(new Date(agenda.updatedAt), agenda.event.timeZone, locale as TimeLocale, "dateTime") })}
      </p>
    </div>
  );
}
