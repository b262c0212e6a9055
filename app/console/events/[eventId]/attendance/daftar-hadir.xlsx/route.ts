import { getTranslations } from "next-intl/server";
import { daftarHadirResponse } from "@/lib/attendance/daftar-hadir-response";
import { getActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

// The daftar hadir of one day (?day=yyyy-MM-dd, optional &session=id), always in Bahasa Indonesia.
export async function GET(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const [sheet, errors, actor] = await Promise.all([
    getTranslations({ locale: "id", namespace: "attendance.sheet" }),
    getTranslations("errors"),
    getActor(),
  ]);
  return daftarHadirResponse({
    actor,
    eventId,
    format: "xlsx",
    searchParams: new URL(request.url).searchParams,
    labels: (key, values) => sheet(key as never, values as never),
    errorText: (code) => errors(code),
  });
}
