import "server-only";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { participantsExportResponse } from "./export-response";
import { participantExportLabels } from "./export-rows";

/**
 * The GET handler of …/participants/export.csv and export.xlsx: the filtered list, headers always
 * in Bahasa Indonesia like the sheets they feed, refusals (401, 403, 404) in the reader's language.
 */
export function participantsExportRoute(format: "csv" | "xlsx") {
  return async function GET(request: Request, { params }: { params: Promise<{ eventId: string }> }): Promise<Response> {
    const { eventId } = await params;
    const [participants, errors, actor] = await Promise.all([
      getTranslations({ locale: "id", namespace: "participants" }),
      getTranslations("errors"),
      getActor(),
    ]);
    return participantsExportResponse({
      actor,
      eventId,
      format,
      searchParams: new URL(request.url).searchParams,
      labels: participantExportLabels((key) => participants(key as never)),
      errorText: (code) => errors(code),
    });
  };
}
