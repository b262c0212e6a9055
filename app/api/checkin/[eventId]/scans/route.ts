import { getActor } from "@/lib/auth/session";
import { jsonAnswer } from "@/lib/attendance/http";
import { syncCheckIns } from "@/lib/attendance/sync-check-ins";
import { AppError } from "@/lib/errors/app-error";

// Door devices post their scans here: one at a time while online, their offline queue when the
// network returns. Each scan carries its own clientScanId, so a resent batch is harmless.
export async function POST(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return jsonAnswer(async () => {
    const body = (await request.json().catch(() => null)) as { scans?: unknown } | null;
    if (!body || !Array.isArray(body.scans)) throw new AppError("invalid_input");
    return { results: await syncCheckIns({ actor: await getActor(), eventId, scans: body.scans }) };
  });
}
