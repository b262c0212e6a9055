import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSpeakerButton } from "@/components/speakers/delete-speaker-button";
import { SpeakerForm } from "@/components/speakers/speaker-form";
import { SpeakerPhotoForm } from "@/components/speakers/speaker-photo-form";
import { requirePagePermission } from "@/lib/auth/session";
import { deleteSpeakerAction, removeSpeakerPhotoAction, saveSpeakerAction } from "@/lib/speakers/actions";
import { getSpeakerForEditor } from "@/lib/speakers/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("speakers.page"))("editTitle") };
}

export default async function EditSpeakerPage({ params }: { params: Promise<{ eventId: string; speakerId: string }> }) {
  const { eventId, speakerId } = await params;
  const listHref = `/console/events/${eventId}/speakers`;
  const actor = await requirePagePermission("agenda:manage", `${listHref}/${speakerId}`);
  const [speaker, t, tf] = await Promise.all([getSpeakerForEditor(actor, eventId, speakerId), getTranslations("speakers.page"), getTranslations("speakers.form")]);
  if (!speaker) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <Link href={listHref} className="text-sm text-brand-800 underline">
        {t("back")}
      </Link>
      <h2 className="break-words text-lg font-semibold">{t("editTitle")}</h2>
      <SpeakerForm
        save={saveSpeakerAction.bind(null, eventId, speakerId)}
        submitLabel={tf("save")}
        defaultValues={{ name: speaker.name, title: speaker.title ?? "", organization: speaker.organization ?? "", bio: speaker.bio ?? "" }}
      />
      <SpeakerPhotoForm
        photoUrl={`${listHref}/${speakerId}/photo`}
        hasPhoto={speaker.photoType !== null}
        speakerName={speaker.name}
        remove={removeSpeakerPhotoAction.bind(null, eventId, speakerId)}
      />
      <DeleteSpeakerButton remove={deleteSpeakerAction.bind(null, eventId, speakerId)} listHref={listHref} />
    </div>
  );
}
