import "server-only";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { daftarHadirResponse } from "./daftar-hadir-response";

/**
 * The GET handler of …/attendance/daftar-hadir.pdf and .xlsx: one day (?day=yyyy-MM-dd, optional
 * &session=id), the sheet always in Bahasa Indonesia, refusals in the reader's language.
 */
export function daftarHadirRoute(format: "pdf" | "xlsx") {
  return async function GET(request: Request, { params }: { params: Promise<{ eventId: string }> }): Promise<Response> {
    const { eventId } = await params;
    const [sheet, errors, actor] = await Promise.all([
      getTranslations({ locale: "id", namespace: "attendance.sheet" }),
      getTranslations("errors"),
      getActor(),
    ]);
    return daftarHadirResponse({
      actor,
      eventId,
      format,
      searchParams: new URL(request.url).searchParams,
      labels: (key, values) => sheet(key as never, values as never),
      errorText: (code) => errors(code),
    });
  };
}
