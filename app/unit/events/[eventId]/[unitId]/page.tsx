import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AddParticipant } from "@/components/registrations/add-participant";
import { RegistrationCard } from "@/components/registrations/registration-card";
import { UnitLetterLink } from "@/components/letters/unit-letter-link";
import { getActor } from "@/lib/auth/session";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { getUnitRegistrations } from "@/lib/registrations/queries";
import { formatInZone, formatRangeInZone, type TimeLocale } from "@/lib/time";

interface Props {
  params: Promise<{ eventId: string; unitId: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unitPortal"))("heading") };
}

export default async function UnitEventPage({ params }: Props) {
  const { eventId, unitId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(`/unit/events/${eventId}/${unitId}`)}`);
  // Another unit's page is "not found", never a hint that it exists.
  const data = await getUnitRegistrations(actor, eventId, unitId).catch(() => null);
  if (!data) notFound();
  const [t, locale, baseUrl] = await Promise.all([getTranslations("unitPortal"), getLocale(), publicBaseUrl()]);
  const loc = locale as TimeLocale;
  const now = new Date();
  const open = data.event.status === "PUBLISHED" && now >= data.event.registrationOpensAt && now < data.event.registrationClosesAt;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/unit" className="text-sm font-medium text-brand-800 underline">
          {t("back")}
        </Link>
        <p className="mt-2 text-sm font-semibold text-slate-600">{data.unit.name}</p>
        <h1 className="text-xl font-bold leading-tight sm:text-2xl">{data.event.title}</h1>
        <p className="text-sm text-slate-700">{formatRangeInZone(data.event.startsAt, data.event.endsAt, data.event.timeZone, loc)}</p>
      </div>

      <section aria-labelledby="seats-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="seats-heading" className="font-semibold">
          {t("seats", { used: data.used, seats: data.seats })}
        </h2>
        <progress className="mt-2 h-3 w-full" max={data.seats} value={Math.min(data.used, data.seats)} aria-labelledby="seats-heading" />
        <p className="mt-2 text-sm text-slate-700">
          {open
            ? t("deadline", { date: formatInZone(data.event.registrationClosesAt, data.event.timeZone, loc, "dateTime") })
            : t("closedNotice")}
        </p>
      </section>

      <UnitLetterLink eventId={eventId} unitId={unitId} />

      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className="text-lg font-semibold">
          {t("peopleHeading")}
        </h2>
        {data.registrations.length === 0 ? (
          <p className="mt-2 rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {data.registrations.map((r) => (
              <RegistrationCard
                key={r.id}
                eventId={eventId}
                unitId={unitId}
                editable={open}
                registration={{
                  id: r.id,
                  name: r.name,
                  nip: r.nip,
                  position: r.position,
                  status: r.status,
                  attendanceMode: r.attendanceMode,
                  ticketLink: `${baseUrl}/t/${r.ticketToken}`,
                  values: {
                    name: r.name,
                    nip: r.nip ?? "",
                    position: r.position ?? "",
                    rank: r.rank ?? "",
                    email: r.email ?? "",
                    phone: r.phone ?? "",
                    attendanceMode: r.attendanceMode,
                    notes: r.notes ?? "",
                  },
                }}
              />
            ))}
          </ul>
        )}
      </section>

      {open && (
        <section aria-labelledby="add-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="add-heading" className="mb-3 text-lg font-semibold">
            {t("addHeading")}
          </h2>
          <AddParticipant eventId={eventId} unitId={unitId} />
        </section>
      )}
    </div>
  );
}
