import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { DocumentSection } from "./section";

export async function AttendanceDocuments({ eventId }: { eventId: string }) {
  const t = await getTranslations("documentsHub.attendance");
  return (
    <DocumentSection id="attendance" title={t("title")} description={t("description")}>
      <Link href={`/console/events/${eventId}/attendance`} className={buttonClass("secondary")}>{t("open")}</Link>
    </DocumentSection>
  );
}
