import { documentResponse } from "@/lib/documents/http";
import { letterFile } from "@/lib/letters/letter-files";

export const dynamic = "force-dynamic";

/** The surat undangan as DOCX, for offices that number and sign it in their own system. */
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return documentResponse((actor) => letterFile(actor, eventId, "docx"));
}
