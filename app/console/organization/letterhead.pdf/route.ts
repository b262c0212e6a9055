import { documentResponse } from "@/lib/documents/http";
import { letterheadSample } from "@/lib/organizations/letterhead-sample";

// A page with the organisation's kop surat, printed as the documents print it.
export async function GET() {
  return documentResponse((actor) => letterheadSample(actor));
}
