import "server-only";
import { getLetterhead } from "@/lib/organizations/queries";
import { printableLetterhead, type LetterheadData } from "./letterhead";

/** The letterhead of an organisation the caller has already authorized the reader for. */
export async function loadLetterhead(organizationId: string): Promise<LetterheadData> {
  return printableLetterhead(await getLetterhead(organizationId));
}
