import { documentResponse } from "@/lib/documents/http";
import { letterFile } from "@/lib/letters/letter-files";

export const dynamic = "force-dynamic";

/** The surat undangan to every invited unit, as PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return documentResponse((actor) => letterFile(actor, eventId, "pdf"));
}
