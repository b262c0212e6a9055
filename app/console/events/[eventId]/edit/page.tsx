import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { getActor } from "@/lib/auth/session";
import { updateEventAction } from "@/lib/events/actions";
import { eventFormValues } from "@/lib/events/event-form-values";
import { getEventForConsole } from "@/lib/events/queries";
import { timeZoneOptions } from "@/lib/time";

export default async function EditEventPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const [event, t] = await Promise.all([getEventForConsole(await getActor(), eventId), getTranslations("events")]);
  if (!event) notFound();
  if (event.status === "ARCHIVED") return <p className="rounded bg-amber-50 p-4 text-amber-900">{t("archivedNotice")}</p>;
  return (
    <EventForm
      submit={updateEventAction.bind(null, event.id)}
      submitLabel={t("form.save")}
      timeZones={timeZoneOptions()}
      defaultValues={eventFormValues(event)}
    />
  );
}
