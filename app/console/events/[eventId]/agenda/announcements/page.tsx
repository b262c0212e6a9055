import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AnnounceForm } from "@/components/announcements/announce-form";
import { getAgendaForEditor } from "@/lib/agenda/queries";
import { createAnnouncementAction } from "@/lib/announcements/actions";
import { listAnnouncementsForEditor } from "@/lib/announcements/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { formatInZone, type TimeLocale } from "@/lib/time";
import { sessionFormOptions } from "../form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("announcements.form"))("title") };
}

export default async function AnnouncementsPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const agendaHref = `/console/events/${eventId}/agenda`;
  const actor = await requirePagePermission("agenda:manage", `${agendaHref}/announcements`);
  const [agenda, history, t, ta, locale] = await Promise.all([
    getAgendaForEditor(actor, eventId),
    listAnnouncementsForEditor(actor, eventId),
    getTranslations("announcements"),
    getTranslations("agenda.form"),
    getLocale() as Promise<TimeLocale>,
  ]);
  if (!agenda) notFound();
  const canAnnounce = agenda.status !== "DRAFT" && agenda.status !== "ARCHIVED";

  return (
    <div className="max-w-3xl space-y-6">
      <Link href={agendaHref} className="text-sm text-brand-800 underline">
        {ta("back")}
      </Link>
      {canAnnounce ? (
        <AnnounceForm send={createAnnouncementAction.bind(null, eventId)} sessions={sessionFormOptions(agenda, locale).sessionChoices} />
      ) : (
        <p className="rounded bg-amber-50 p-3 text-amber-900">{t("form.draftOnly")}</p>
      )}
      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("history.title")}
        </h2>
        {history.length === 0 && <p className="text-sm text-slate-600">{t("history.empty")}</p>}
        <ul className="space-y-2">
          {history.map((a) => (
            <li key={a.id} className="break-words rounded-md border border-slate-200 bg-white p-3">
              <p className="whitespace-pre-line">{a.body}</p>
              {a.session && <p className="mt-1 text-sm text-slate-700">{t("list.session", { title: a.session.title })}</p>}
              <p className="mt-1 text-xs text-slate-600">
                {t("history.meta", { when: formatInZone(a.createdAt, agenda.timeZone, locale, "dateTime"), author: a.createdBy?.name ?? "—", count: a.recipients })}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
