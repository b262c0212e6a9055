import { documentResponse } from "@/lib/documents/http";
import { lampiranFile } from "@/lib/quotas/lampiran-response";

export const dynamic = "force-dynamic";

/** The Lampiran of the surat undangan as DOCX (the PDF is …/lampiran.pdf). */
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return documentResponse((actor) => lampiranFile(actor, eventId, "docx"));
}
