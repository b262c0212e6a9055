import { documentResponse } from "@/lib/documents/http";
import { lampiranFile } from "@/lib/quotas/lampiran-response";

export const dynamic = "force-dynamic";

// The Lampiran of the invitation letter as a printable PDF. Always in Bahasa Indonesia, like the
// letter; refusals are in the reader's language.
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return documentResponse((actor) => lampiranFile(actor, eventId, "pdf"));
}
