import { getActor } from "@/lib/auth/session";
import { jsonAnswer } from "@/lib/attendance/http";
import { readScanBatch } from "@/lib/attendance/read-scan-batch";
import { syncCheckIns } from "@/lib/attendance/sync-check-ins";

// Door devices post their scans here: one at a time while online, their offline queue when the
// network returns. Each scan carries its own clientScanId, so a resent batch is harmless.
export async function POST(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return jsonAnswer(async () => {
    const actor = await getActor();
    const scans = await readScanBatch(request, actor, eventId);
    return { results: await syncCheckIns({ actor, eventId, scans }) };
  });
}
