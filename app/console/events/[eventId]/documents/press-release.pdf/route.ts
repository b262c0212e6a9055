import { documentResponse } from "@/lib/documents/http";
import { pressReleaseFile } from "@/lib/reports/document-files";

// Always in Bahasa Indonesia under the organisation's letterhead; refusals in the reader's language.
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return documentResponse((actor) => pressReleaseFile(actor, eventId, "pdf"));
}
