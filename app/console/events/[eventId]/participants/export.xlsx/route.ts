import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { participantsExportResponse } from "@/lib/participants/export-response";
import { participantExportLabels } from "@/lib/participants/export-rows";

export const dynamic = "force-dynamic";

// The filtered participant list as an Excel workbook (.xlsx). Headers are always in Bahasa
// Indonesia, like the sheets they feed; refusals (401, 403, 404) are in the reader's language.
export async function GET(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const [participants, errors, actor] = await Promise.all([
    getTranslations({ locale: "id", namespace: "participants" }),
    getTranslations("errors"),
    getActor(),
  ]);
  return participantsExportResponse({
    actor,
    eventId,
    format: "xlsx",
    searchParams: new URL(request.url).searchParams,
    labels: participantExportLabels((key) => participants(key as never)),
    errorText: (code) => errors(code),
  });
}
