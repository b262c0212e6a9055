import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { getActor } from "@/lib/auth/session";
import { updateEventAction } from "@/lib/events/actions";
import { getEventForConsole } from "@/lib/events/queries";
import { timeZoneOptions, toZonedInputValue } from "@/lib/time";

export default async function EditEventPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const [event, t] = await Promise.all([getEventForConsole(await getActor(), eventId), getTranslations("events")]);
  if (!event) notFound();
  if (event.status === "ARCHIVED") return <p className="rounded bg-amber-50 p-4 text-amber-900">{t("archivedNotice")}</p>;
  const local = (date: Date) => toZonedInputValue(date, event.timeZone);
  return (
    <EventForm
      submit={updateEventAction.bind(null, event.id)}
      submitLabel={t("form.save")}
      timeZones={timeZoneOptions()}
      defaultValues={{
        title: event.title,
        slug: event.slug,
        theme: event.theme ?? "",
        slogan: event.slogan ?? "",
        description: event.description ?? "",
        venueName: event.venueName,
        venueRoom: event.venueRoom ?? "",
        venueAddress: event.venueAddress ?? "",
        venueCity: event.venueCity ?? "",
        venueMapUrl: event.venueMapUrl ?? "",
        timeZone: event.timeZone,
        startsAt: local(event.startsAt),
        endsAt: local(event.endsAt),
        registrationOpensAt: local(event.registrationOpensAt),
        registrationClosesAt: local(event.registrationClosesAt),
        capacity: String(event.capacity),
        mode: event.mode,
        openRegistration: event.openRegistration,
        requiresApproval: event.requiresApproval,
      }}
    />
  );
}
