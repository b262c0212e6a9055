import { badgeSheetFile } from "@/lib/badges/badge-files";
import { documentResponse } from "@/lib/documents/http";

// Name badges of the filter (?unit=&status=&printed=&size=8|10), for the organiser; a bad choice is a 400 saying which.
export async function GET(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const query = new URL(request.url).searchParams;
  return documentResponse((actor) => badgeSheetFile(actor, eventId, query));
}
