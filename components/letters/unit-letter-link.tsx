import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** On the unit portal's event page: the surat undangan addressed to this unit, as a PDF. */
export async function UnitLetterLink({ eventId, unitId }: { eventId: string; unitId: string }) {
  const t = await getTranslations("letters.unitPortal");
  return (
    <section aria-labelledby="letter-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="letter-heading" className="font-semibold">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("description")}</p>
      <a href={`/unit/events/${eventId}/${unitId}/letter.pdf`} className={buttonClass("secondary", "mt-3 w-full sm:w-auto")}>
        {t("download")}
      </a>
    </section>
  );
}
