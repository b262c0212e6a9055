import { tentCardsFile } from "@/lib/badges/badge-files";
import { documentResponse } from "@/lib/documents/http";

// Tent cards of the speakers (?speakers=1|0) and the chosen participants (?participant=<id>, repeated).
export async function GET(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const query = new URL(request.url).searchParams;
  return documentResponse((actor) => tentCardsFile(actor, eventId, query));
}
