import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { can } from "@/lib/auth/authorize";
import { getActor } from "@/lib/auth/session";
import { getEventLetter } from "@/lib/letters/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";
import { DocumentSection } from "./section";

// The surat undangan on the Dokumen page: its state, the form, and every file made from it.
export async function LetterDocuments({ eventId }: { eventId: string }) {
  const actor = await getActor();
  if (!can(actor, "event:manage")) return null;
  const [hub, t, locale, source] = await Promise.all([getTranslations("documentsHub.letter"), getTranslations("letters.section"), getLocale(), getEventLetter(actor, eventId)]);
  if (!source) return null;
  const base = `/console/events/${eventId}`;
  const saved = source.saved;
  const when = saved && formatInZone(saved.at, source.event.timeZone, locale as TimeLocale, "dateShort");
  const state = !saved ? t("stateDefault") : saved.by ? t("stateSaved", { date: when!, name: saved.by }) : t("stateSavedNoName", { date: when! });
  const number = source.letter.number.trim();
  const file = buttonClass("secondary", "w-full sm:w-auto");
  return (
    <DocumentSection id="letter" title={hub("title")} description={hub("description")}>
      <p className="text-sm text-slate-800" data-testid="letter-state">
        <span className="font-medium">{state}</span>
        {saved && <span className="text-slate-600"> · {number ? t("numbered", { number }) : t("unnumbered")}</span>}
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Link href={`${base}/documents/letter`} className={buttonClass("primary", "w-full sm:w-auto")}>{t("edit")}</Link>
        <a href={`${base}/documents/letter.pdf`} className={file}>{t("letterPdf")}</a>
        <a href={`${base}/documents/letter.docx`} className={file}>{t("letterDocx")}</a>
        <a href={`${base}/lampiran.pdf`} className={file}>{t("lampiranPdf")}</a>
        <a href={`${base}/documents/letter-lampiran.docx`} className={file}>{t("lampiranDocx")}</a>
        {source.units.length > 0 && <a href={`${base}/documents/letter-units.zip`} className={file}>{t("unitsZip", { count: source.units.length })}</a>}
      </div>
      {source.units.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("noUnits")}</p>}
    </DocumentSection>
  );
}
