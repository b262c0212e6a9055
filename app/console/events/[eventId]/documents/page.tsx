import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttendanceDocuments } from "@/components/documents/attendance-section";
import { LetterDocuments } from "@/components/documents/letter-section";
import { ReportDocuments } from "@/components/documents/report-section";
import { SpjDocuments } from "@/components/documents/spj-section";
import { getActor } from "@/lib/auth/session";
import { getEventForConsole } from "@/lib/events/queries";

// Every paper the meeting needs, in the order it is needed: the letter goes out first, badges are
// printed the day before, the daftar hadir is signed each day, the report and SPJ come after.
export default async function EventDocumentsPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const [event, t] = await Promise.all([getEventForConsole(await getActor(), eventId), getTranslations("documentsHub")]);
  if (!event) notFound();
  return (
    <div className="space-y-6">
      <p className="max-w-prose text-sm text-slate-600">{t("intro")}</p>
      <LetterDocuments eventId={event.id} />
      <AttendanceDocuments eventId={event.id} />
      <ReportDocuments eventId={event.id} />
      <SpjDocuments eventId={event.id} />
    </div>
  );
}
