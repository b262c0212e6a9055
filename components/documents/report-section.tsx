import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { getActor } from "@/lib/auth/session";
import { getPressReleaseDraft } from "@/lib/reports/queries";
import { DocumentSection } from "./section";

/** The laporan kegiatan and the siaran pers: downloads, and the editor of the press release. */
export async function ReportDocuments({ eventId }: { eventId: string }) {
  const [t, draft] = await Promise.all([getTranslations("reports.section"), getPressReleaseDraft(await getActor(), eventId)]);
  if (!draft) return null;
  const { facts } = draft;
  const base = `/console/events/${eventId}/documents`;
  return (
    <DocumentSection id="report" title={t("title")} description={t("description")}>
      <p className="mb-3 text-sm text-slate-700" data-testid="report-attendance">
        {facts.attendanceRecorded ? t("attendance", { attended: facts.attended, registered: facts.registered }) : t("notRecorded")}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <a href={`${base}/report.pdf`} className={buttonClass("secondary")}>{t("reportPdf")}</a>
        <a href={`${base}/report.docx`} className={buttonClass("secondary")}>{t("reportDocx")}</a>
      </div>
      <p className="mb-3 mt-4 text-sm text-slate-700">{draft.saved ? t("pressSaved") : t("pressTemplate")}</p>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Link href={`${base}/press-release`} className={buttonClass("primary")}>{t("pressEdit")}</Link>
        <a href={`${base}/press-release.pdf`} className={buttonClass("secondary")}>{t("pressPdf")}</a>
        <a href={`${base}/press-release.docx`} className={buttonClass("secondary")}>{t("pressDocx")}</a>
      </div>
    </DocumentSection>
  );
}
