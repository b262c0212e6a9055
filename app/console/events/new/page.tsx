import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { requirePagePermission } from "@/lib/auth/session";
import { createEventAction } from "@/lib/events/actions";
import { getOrganizationTimeZone } from "@/lib/organizations/queries";
import { timeZoneOptions } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("newHeading") };
}

export default async function NewEventPage() {
  const actor = await requirePagePermission("event:manage", "/console/events/new");
  const [t, timeZone] = await Promise.all([getTranslations("events"), getOrganizationTimeZone(actor)]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("newHeading")}</h1>
      <p className="mt-1 text-slate-700">{t("newIntro")}</p>
      <div className="mt-6">
        <EventForm
          suggestSlug
          submit={createEventAction}
          submitLabel={t("form.create")}
          timeZones={timeZoneOptions()}
          defaultValues={{
            title: "",
            slug: "",
            theme: "",
            slogan: "",
            description: "",
            venueName: "",
            venueRoom: "",
            venueAddress: "",
            venueCity: "",
            venueMapUrl: "",
            // The organisation's own clock (Console → Organisasi), changed here for an event elsewhere.
            timeZone,
            startsAt: "",
            endsAt: "",
            registrationOpensAt: "",
            registrationClosesAt: "",
            capacity: "",
            mode: "IN_PERSON",
            openRegistration: false,
            requiresApproval: false,
          }}
        />
      </div>
    </>
  );
}
