import { documentResponse } from "@/lib/documents/http";
import { reportFile } from "@/lib/reports/document-files";

// Always in Bahasa Indonesia under the organisation's letterhead; refusals in the reader's language.
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return documentResponse((actor) => reportFile(actor, eventId, "docx"));
}
