import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ParticipantsImport } from "@/components/participants/participants-import";
import { requirePagePermission } from "@/lib/auth/session";
import { MAX_PARTICIPANT_IMPORT_ROWS, PARTICIPANT_CSV_COLUMNS } from "@/lib/participants/csv";
import { getParticipantFilterOptions, listUnitsForImport } from "@/lib/participants/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("meta.import") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ImportParticipantsPage({ params, searchParams }: { params: Promise<{ eventId: string }>; searchParams: Promise<SearchParams> }) {
  const { eventId } = await params;
  const base = `/console/events/${eventId}/participants`;
  const actor = await requirePagePermission("registration:manage-any", `${base}/import`);
  const [options, units, t, query] = await Promise.all([
    getParticipantFilterOptions(actor, eventId),
    listUnitsForImport(actor, eventId),
    getTranslations("participants.import"),
    searchParams,
  ]);
  if (!options) notFound();
  const wanted = Array.isArray(query.unitId) ? query.unitId[0] : query.unitId;

  return (
    <>
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      <div className="mt-2 space-y-2 text-sm text-slate-700">
        <p>{t("intro")}</p>
        <p>
          {t("format")} <code className="break-all rounded bg-slate-100 px-1 py-0.5 font-mono">{PARTICIPANT_CSV_COLUMNS.join(",")}</code>
        </p>
        <p>{t("modes")}</p>
        <p>{t("limits", { maxRows: MAX_PARTICIPANT_IMPORT_ROWS })}</p>
        <p>
          <a href={`${base}/template.csv`} download className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2">
            {t("template")}
          </a>
        </p>
      </div>
      <div className="mt-6">
        {units.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            {t("noUnits")}{" "}
            <Link href={`/console/events/${eventId}/units`} className="font-medium text-brand-800 underline underline-offset-2">
              {t("inviteUnits")}
            </Link>
          </p>
        ) : (
          <ParticipantsImport eventId={eventId} units={units} defaultUnitId={wanted ?? ""} />
        )}
      </div>
    </>
  );
}
