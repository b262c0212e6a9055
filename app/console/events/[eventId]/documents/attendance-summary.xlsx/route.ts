import { documentResponse } from "@/lib/documents/http";
import { attendanceSummaryFile } from "@/lib/spj/attendance-summary-file";

// The attendance summary per unit (rekapitulasi kehadiran) as XLSX.
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return documentResponse((actor) => attendanceSummaryFile(actor, eventId, "xlsx"));
}
