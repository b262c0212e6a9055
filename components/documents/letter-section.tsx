import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { DocumentSection } from "./section";

export async function LetterDocuments({ eventId }: { eventId: string }) {
  const t = await getTranslations("documentsHub.letter");
  return (
    <DocumentSection id="letter" title={t("title")} description={t("description")}>
      <a href={`/console/events/${eventId}/lampiran.pdf`} className={buttonClass("secondary")}>{t("lampiranPdf")}</a>
    </DocumentSection>
  );
}
