import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { lampiranLabels } from "@/lib/quotas/lampiran-pdf";
import { lampiranPdfResponse } from "@/lib/quotas/lampiran-response";

// The Lampiran of the invitation letter as a printable PDF. Always in Bahasa Indonesia, like the
// letter; refusals are in the reader's language.
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const [lampiran, errors, actor] = await Promise.all([
    getTranslations({ locale: "id", namespace: "quotas.lampiran" }),
    getTranslations("errors"),
    getActor(),
  ]);
  return lampiranPdfResponse({ actor, eventId, labels: lampiranLabels(lampiran), errorText: (code) => errors(code) });
}
