import { getActor } from "@/lib/auth/session";
import { jsonAnswer } from "@/lib/attendance/http";
import { getScannerData } from "@/lib/attendance/queries";

// The participant list and check-ins a door device keeps for working offline, refreshed while online.
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return jsonAnswer(async () => getScannerData(await getActor(), eventId));
}
