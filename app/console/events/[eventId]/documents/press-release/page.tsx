import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PressReleaseForm } from "@/components/reports/press-release-form";
import { buttonClass } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/session";
import { resetPressReleaseAction, savePressReleaseAction } from "@/lib/reports/actions";
import { getPressReleaseDraft } from "@/lib/reports/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.editor"))("title") };
}

// The siaran pers editor: the saved text or the template drafted from the event's facts.
export default async function PressReleasePage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const documentsHref = `/console/events/${eventId}/documents`;
  const actor = await requirePagePermission("event:manage", `${documentsHref}/press-release`);
  const [draft, t, locale] = await Promise.all([getPressReleaseDraft(actor, eventId), getTranslations("reports.editor"), getLocale() as Promise<TimeLocale>]);
  if (!draft) notFound();
  const { saved, template, facts } = draft;
  const readOnly = facts.event.status === "ARCHIVED";

  return (
    <div className="max-w-3xl space-y-4">
      <Link href={documentsHref} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="max-w-prose text-sm text-slate-600">{t("intro")}</p>
      <p className="text-sm text-slate-700" data-testid="press-state">
        {saved ? t("stateSaved", { when: formatInZone(saved.updatedAt, facts.event.timeZone, locale, "dateTime") }) : t("stateTemplate")}
      </p>
      {readOnly ? (
        <div className="space-y-2">
          <p className="rounded bg-amber-50 p-3 text-amber-900">{t("readOnly")}</p>
          <h3 className="font-semibold">{(saved ?? template).title}</h3>
          <p className="whitespace-pre-line break-words text-sm">{(saved ?? template).body}</p>
        </div>
      ) : (
        <PressReleaseForm
          initial={saved ? { title: saved.title, body: saved.body } : template}
          template={template}
          saved={saved !== null}
          save={savePressReleaseAction.bind(null, eventId)}
          reset={resetPressReleaseAction.bind(null, eventId)}
        />
      )}
      <div className="flex flex-col gap-2 border-t border-slate-200 pt-4 sm:flex-row">
        <a href={`${documentsHref}/press-release.pdf`} className={buttonClass("secondary")}>{t("downloadPdf")}</a>
        <a href={`${documentsHref}/press-release.docx`} className={buttonClass("secondary")}>{t("downloadDocx")}</a>
      </div>
    </div>
  );
}
