import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/agenda/session-form";
import { saveSessionAction } from "@/lib/agenda/actions";
import { getAgendaForEditor } from "@/lib/agenda/queries";
import { requirePagePermission } from "@/lib/auth/session";
import type { TimeLocale } from "@/lib/time";
import { sessionFormOptions } from "../form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda.form"))("newTitle") };
}

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ day?: string | string[] }> };

export default async function NewSessionPage({ params, searchParams }: Props) {
  const [{ eventId }, query] = await Promise.all([params, searchParams]);
  const agendaHref = `/console/events/${eventId}/agenda`;
  const actor = await requirePagePermission("agenda:manage", `${agendaHref}/new`);
  const [agenda, t, locale] = await Promise.all([getAgendaForEditor(actor, eventId), getTranslations("agenda"), getLocale() as Promise<TimeLocale>]);
  if (!agenda) notFound();
  const wanted = Array.isArray(query.day) ? query.day[0] : query.day;
  const day = wanted && /^\d{4}-\d{2}-\d{2}$/.test(wanted) ? wanted : null;
  const options = sessionFormOptions(agenda, locale);

  return (
    <div className="max-w-3xl space-y-4">
      <Link href={day ? `${agendaHref}?day=${day}` : agendaHref} className="text-sm text-brand-800 underline">
        {t("form.back")}
      </Link>
      <h2 className="text-lg font-semibold">{t("form.newTitle")}</h2>
      <SessionForm
        save={saveSessionAction.bind(null, eventId, null)}
        submitLabel={t("form.create")}
        agendaHref={agendaHref}
        zone={options.zone}
        rooms={options.rooms}
        tracks={options.tracks}
        speakers={options.speakers}
        defaultValues={{
          title: "",
          kind: "PANEL",
          description: "",
          startsAt: day ? `${day}T09:00` : "",
          endsAt: day ? `${day}T10:00` : "",
          roomId: options.rooms[0]?.id ?? "",
          trackId: "",
          capacity: "",
          speakers: [],
        }}
      />
    </div>
  );
}
