import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/agenda/session-form";
import { SessionStatusControls } from "@/components/agenda/session-status-controls";
import { AnnounceForm } from "@/components/announcements/announce-form";
import { deleteSessionAction, saveSessionAction, setSessionCancelledAction } from "@/lib/agenda/actions";
import { getAgendaForEditor } from "@/lib/agenda/queries";
import { createAnnouncementAction } from "@/lib/announcements/actions";
import { requirePagePermission } from "@/lib/auth/session";
import { toZonedInputValue, zonedDayKey, type TimeLocale } from "@/lib/time";
import { sessionFormOptions } from "../form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda.form"))("editTitle") };
}

export default async function EditSessionPage({ params }: { params: Promise<{ eventId: string; sessionId: string }> }) {
  const { eventId, sessionId } = await params;
  const agendaHref = `/console/events/${eventId}/agenda`;
  const actor = await requirePagePermission("agenda:manage", `${agendaHref}/${sessionId}`);
  const [agenda, t, ta, locale] = await Promise.all([
    getAgendaForEditor(actor, eventId),
    getTranslations("agenda"),
    getTranslations("announcements.form"),
    getLocale() as Promise<TimeLocale>,
  ]);
  const session = agenda?.sessions.find((s) => s.id === sessionId);
  if (!agenda || !session) notFound();
  const options = sessionFormOptions(agenda, locale);
  const local = (date: Date) => toZonedInputValue(date, agenda.timeZone);
  const dayHref = `${agendaHref}?day=${zonedDayKey(session.startsAt, agenda.timeZone)}`;
  const editable = agenda.status !== "ARCHIVED";
  // Participants exist only once the event is public; a draft's changes need no announcement.
  const announce =
    agenda.status === "DRAFT" || !editable ? null : (
      <AnnounceForm send={createAnnouncementAction.bind(null, eventId)} sessions={options.sessionChoices} sessionId={sessionId} prompt={ta("afterChange")} />
    );

  return (
    <div className="max-w-3xl space-y-4">
      <Link href={dayHref} className="text-sm text-brand-800 underline">
        {t("form.back")}
      </Link>
      <h2 className="text-lg font-semibold">{t("form.editTitle")}</h2>
      {editable ? (
        <>
          <SessionForm
            save={saveSessionAction.bind(null, eventId, sessionId)}
            submitLabel={t("form.save")}
            zone={options.zone}
            rooms={options.rooms}
            tracks={options.tracks}
            speakers={options.speakers}
            afterSave={announce}
            defaultValues={{
              title: session.title,
              kind: session.kind,
              description: session.description ?? "",
              startsAt: local(session.startsAt),
              endsAt: local(session.endsAt),
              roomId: session.roomId ?? "",
              trackId: session.trackId ?? "",
              capacity: session.capacity === null ? "" : String(session.capacity),
              speakers: session.speakers.map((s) => ({ speakerId: s.speaker.id, role: s.role })),
            }}
          />
          <SessionStatusControls
            cancelled={session.cancelled}
            setCancelled={setSessionCancelledAction.bind(null, eventId, sessionId)}
            remove={deleteSessionAction.bind(null, eventId, sessionId)}
            agendaHref={dayHref}
            afterChange={announce}
          />
        </>
      ) : (
        <p className="rounded bg-amber-50 p-3 text-amber-900">{t("page.archived")}</p>
      )}
    </div>
  );
}
