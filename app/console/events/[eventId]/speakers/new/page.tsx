import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SpeakerForm } from "@/components/speakers/speaker-form";
import { requirePagePermission } from "@/lib/auth/session";
import { saveSpeakerAction } from "@/lib/speakers/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("speakers.page"))("newTitle") };
}

export default async function NewSpeakerPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const listHref = `/console/events/${eventId}/speakers`;
  await requirePagePermission("agenda:manage", `${listHref}/new`);
  const [t, tf] = await Promise.all([getTranslations("speakers.page"), getTranslations("speakers.form")]);
  return (
    <div className="max-w-2xl space-y-4">
      <Link href={listHref} className="text-sm text-brand-800 underline">
        {t("back")}
      </Link>
      <h2 className="text-lg font-semibold">{t("newTitle")}</h2>
      <SpeakerForm
        save={saveSpeakerAction.bind(null, eventId, null)}
        submitLabel={tf("create")}
        listHref={listHref}
        defaultValues={{ name: "", title: "", organization: "", bio: "" }}
      />
    </div>
  );
}
