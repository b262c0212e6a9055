import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsoleNav } from "@/components/console/console-nav";
import { getActor } from "@/lib/auth/session";
import { getEventForConsole } from "@/lib/events/queries";

export default async function EventConsoleLayout({ children, params }: { children: ReactNode; params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const event = await getEventForConsole(await getActor(), eventId);
  if (!event) notFound();
  const [t, attendance, tAgenda] = await Promise.all([getTranslations("eventNav"), getTranslations("attendance"), getTranslations("agenda.nav")]);
  const base = `/console/events/${event.id}`;
  return (
    <div>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t(`status.${event.status}`)}</p>
      <h1 className="text-xl font-bold leading-tight sm:text-2xl">{event.title}</h1>
      <ConsoleNav
        label={t("label")}
        items={[
          { href: base, label: t("overview"), exact: true },
          { href: `${base}/edit`, label: t("edit") },
          { href: `${base}/units`, label: t("units") },
          { href: `${base}/participants`, label: t("participants") },
          { href: `${base}/agenda`, label: tAgenda("agenda") },
          { href: `${base}/speakers`, label: tAgenda("speakers") },
          { href: `${base}/coordinators`, label: t("coordinators") },
          { href: `${base}/door-staff`, label: t("doorStaff") },
          { href: `${base}/attendance`, label: attendance("nav") },
          { href: `${base}/documents`, label: t("documents") },
          { href: `${base}/audit`, label: t("audit") },
        ]}
      />
      <div className="mt-6">{children}</div>
    </div>
  );
}
