import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RoomForm } from "@/components/agenda/room-form";
import { TrackForm } from "@/components/agenda/track-form";
import { deleteRoomAction, deleteTrackAction, saveRoomAction, saveTrackAction } from "@/lib/agenda/actions";
import { getAgendaForEditor } from "@/lib/agenda/queries";
import { requirePagePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda.page"))("manageRooms") };
}

export default async function RoomsAndTracksPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const agendaHref = `/console/events/${eventId}/agenda`;
  const actor = await requirePagePermission("agenda:manage", `${agendaHref}/rooms`);
  const [agenda, t] = await Promise.all([getAgendaForEditor(actor, eventId), getTranslations("agenda")]);
  if (!agenda) notFound();
  const nextOrder = Math.max(-1, ...agenda.rooms.map((r) => r.sortOrder)) + 1;

  return (
    <div className="space-y-8">
      <Link href={agendaHref} className="text-sm text-brand-800 underline">
        {t("form.back")}
      </Link>
      <section className="max-w-2xl space-y-3" aria-labelledby="rooms-title">
        <h2 id="rooms-title" className="text-lg font-semibold">
          {t("rooms.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("rooms.intro")}</p>
        {agenda.rooms.length === 0 && <p className="text-sm text-slate-600">{t("rooms.empty")}</p>}
        {agenda.rooms.map((room) => (
          <RoomForm
            key={room.id}
            idPrefix={`room-${room.id}`}
            submitLabel={t("rooms.save")}
            usage={t("rooms.sessions", { count: room._count.sessions })}
            save={saveRoomAction.bind(null, eventId, room.id)}
            remove={deleteRoomAction.bind(null, eventId, room.id)}
            defaultValues={{ name: room.name, capacity: room.capacity === null ? "" : String(room.capacity), sortOrder: String(room.sortOrder) }}
          />
        ))}
        <h3 className="pt-2 text-base font-semibold">{t("rooms.add")}</h3>
        <RoomForm idPrefix="room-new" submitLabel={t("rooms.add")} save={saveRoomAction.bind(null, eventId, null)} defaultValues={{ name: "", capacity: "", sortOrder: String(nextOrder) }} />
      </section>

      <section className="max-w-2xl space-y-3" aria-labelledby="tracks-title">
        <h2 id="tracks-title" className="text-lg font-semibold">
          {t("tracks.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("tracks.intro")}</p>
        {agenda.tracks.length === 0 && <p className="text-sm text-slate-600">{t("tracks.empty")}</p>}
        {agenda.tracks.map((track) => (
          <TrackForm
            key={track.id}
            idPrefix={`track-${track.id}`}
            submitLabel={t("tracks.save")}
            usage={t("tracks.sessions", { count: track._count.sessions })}
            save={saveTrackAction.bind(null, eventId, track.id)}
            remove={deleteTrackAction.bind(null, eventId, track.id)}
            defaultValues={{ name: track.name, color: track.color ?? "" }}
          />
        ))}
        <h3 className="pt-2 text-base font-semibold">{t("tracks.add")}</h3>
        <TrackForm idPrefix="track-new" submitLabel={t("tracks.add")} save={saveTrackAction.bind(null, eventId, null)} defaultValues={{ name: "", color: "" }} />
      </section>
    </div>
  );
}
