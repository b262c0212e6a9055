import "server-only";
import { documentResponse } from "@/lib/documents/http";
import { daftarHadirFile } from "./daftar-hadir-file";

/**
 * The GET handler of …/attendance/daftar-hadir.pdf and .xlsx: the sheet always in Bahasa
 * Indonesia, a refusal (bad day, session, sheet) in the reader's language.
 */
export function daftarHadirRoute(format: "pdf" | "xlsx") {
  return async function GET(request: Request, { params }: { params: Promise<{ eventId: string }> }): Promise<Response> {
    const { eventId } = await params;
    const searchParams = new URL(request.url).searchParams;
    return documentResponse((actor) => daftarHadirFile({ actor, eventId, format, searchParams }));
  };
}
