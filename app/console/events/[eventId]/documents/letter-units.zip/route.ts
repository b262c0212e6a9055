import { documentResponse } from "@/lib/documents/http";
import { unitLettersZip } from "@/lib/letters/letter-files";

export const dynamic = "force-dynamic";

/** One letter per invited unit (PDF each), in one ZIP. */
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return documentResponse((actor) => unitLettersZip(actor, eventId));
}
