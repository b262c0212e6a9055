import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { DocumentSection } from "./section";

export async function SpjDocuments({ eventId }: { eventId: string }) {
  const t = await getTranslations("spj.section");
  const base = `/console/events/${eventId}/documents`;
  return (
    <DocumentSection id="spj" title={t("title")} description={t("description")}>
      <div className="flex flex-wrap gap-2">
        <a href={`${base}/spj.zip`} download className={buttonClass("primary")}>{t("download")}</a>
        <a href={`${base}/attendance-summary.pdf`} className={buttonClass("secondary")}>{t("summaryPdf")}</a>
        <a href={`${base}/attendance-summary.xlsx`} download className={buttonClass("secondary")}>{t("summaryXlsx")}</a>
      </div>
      <p className="mt-2 text-xs text-slate-500">{t("wait")}</p>
    </DocumentSection>
  );
}
