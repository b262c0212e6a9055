import { oneBadgeFile } from "@/lib/badges/badge-files";
import { documentResponse } from "@/lib/documents/http";

// One person's badge: the door prints it for someone who arrives without one (door staff of this
// event and its organisers; the query scopes it), and the participant list links to it.
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string; registrationId: string }> }) {
  const { eventId, registrationId } = await params;
  return documentResponse((actor) => oneBadgeFile(actor, eventId, registrationId));
}
