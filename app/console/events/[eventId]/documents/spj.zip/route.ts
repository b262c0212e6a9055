import { documentResponse } from "@/lib/documents/http";
import { buildSpjPack } from "@/lib/spj/build-spj-pack";

// The SPJ pack of the event: every accountability document in one ZIP with its checksums.
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return documentResponse(async (actor) => {
    const pack = await buildSpjPack({ actor, eventId });
    return pack && { bytes: pack.bytes, format: "zip", name: pack.name };
  });
}
