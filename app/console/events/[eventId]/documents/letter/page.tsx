import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LetterForm } from "@/components/letters/letter-form";
import { requirePagePermission } from "@/lib/auth/session";
import { documentTexts } from "@/lib/documents/labels";
import { saveLetterAction } from "@/lib/letters/actions";
import { dayLine, timeLine, venueLine } from "@/lib/letters/event-details";
import { getEventLetter } from "@/lib/letters/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters.form"))("heading") };
}

// The organiser fills the surat undangan once; it opens with the defaults drawn from the event.
export default async function EventLetterPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const documentsHref = `/console/events/${eventId}/documents`;
  const actor = await requirePagePermission("event:manage", `${documentsHref}/letter`);
  const [source, t, events] = await Promise.all([getEventLetter(actor, eventId), getTranslations("letters.form"), getTranslations("events")]);
  if (!source) notFound();
  // The labels as the letter prints them: the document is Indonesian whatever the reader's language.
  const printed = documentTexts("letters.document");
  const { letter, event } = source;
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={documentsHref} className="text-sm text-brand-800 underline">
        {t("back")}
      </Link>
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      <p className="max-w-prose text-sm text-slate-600">{t("intro")}</p>
      <p className="text-sm text-slate-700">
        <a href={`${documentsHref}/letter.pdf`} target="_blank" rel="noopener" className="font-medium text-brand-800 underline">
          {t("preview")}
        </a>{" "}
        — {t("previewHint")}
      </p>
      {event.status === "ARCHIVED" ? (
        <p className="rounded bg-amber-50 p-4 text-amber-900">{events("archivedNotice")}</p>
      ) : (
        <LetterForm
          save={saveLetterAction.bind(null, event.id)}
          eventFacts={[[printed("dayDate"), dayLine(event)], [printed("time"), timeLine(event)], [printed("venue"), venueLine(event)]]}
          defaultValues={{ ...letter, signatoryNip: letter.signatoryNip ?? "", copies: letter.copies ?? "" }}
        />
      )}
    </div>
  );
}
