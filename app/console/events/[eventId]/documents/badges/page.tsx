import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BadgeDocuments } from "@/components/documents/badges-section";
import { getActor } from "@/lib/auth/session";
import { getEventForConsole } from "@/lib/events/queries";

// Where the Dokumen page's badge form lands on "Hitung ulang": the same form with the chosen filter
// and how many badges it gives, ready to download and to mark as printed.
export default async function BadgeFilterPage({ params, searchParams }: { params: Promise<{ eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { eventId } = await params;
  const [event, t] = await Promise.all([getEventForConsole(await getActor(), eventId), getTranslations("badges.section")]);
  if (!event) notFound();
  return (
    <div className="space-y-4">
      <Link href={`/console/events/${event.id}/documents`} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-800 underline underline-offset-2">
        {t("backToDocuments")}
      </Link>
      <BadgeDocuments eventId={event.id} query={await searchParams} />
    </div>
  );
}
