import { documentResponse } from "@/lib/documents/http";
import { unitLetterFile } from "@/lib/letters/letter-files";

export const dynamic = "force-dynamic";

/** The unit's own surat undangan for its coordinator; another unit's is not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string; unitId: string }> }) {
  const { eventId, unitId } = await params;
  return documentResponse((actor) => unitLetterFile(actor, eventId, unitId));
}
