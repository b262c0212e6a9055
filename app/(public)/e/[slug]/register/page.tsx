import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OpenRegistrationForm } from "@/components/registrations/open-registration-form";
import { getPublicEvent, registrationPhase } from "@/lib/events/queries";
import { openRegistrationChallenge } from "@/lib/registrations/open-registration-challenge";
import { formatInZone, type TimeLocale } from "@/lib/time";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [event, t] = await Promise.all([getPublicEvent((await params).slug), getTranslations("openRegistration")]);
  return event?.openRegistration ? { title: t("title", { event: event.title }) } : {};
}

export default async function OpenRegistrationPage({ params }: Props) {
  const { slug } = await params;
  const [event, t, locale] = await Promise.all([getPublicEvent(slug), getTranslations("openRegistration"), getLocale()]);
  if (!event?.openRegistration) notFound();
  const phase = registrationPhase(event);
  const closes = formatInZone(event.registrationClosesAt, event.timeZone, locale as TimeLocale, "dateTime");
  // A fresh proof-of-work challenge per visit (the page is rendered on demand).
  const challenge = phase === "open" ? await openRegistrationChallenge() : null;

  return (
    <article className="mx-auto max-w-xl">
      <Link href={`/e/${event.slug}`} className="text-sm font-medium text-brand-700 underline">
        ← {event.title}
      </Link>
      <h1 className="mt-3 text-2xl font-bold text-brand-900">{t("heading")}</h1>
      {challenge ? (
        <>
          <p className="mt-2 text-slate-700">{t("intro", { closes })}</p>
          {event.requiresApproval && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("approvalNote")}</p>}
          <div className="mt-6">
            <OpenRegistrationForm slug={event.slug} challenge={challenge} />
          </div>
        </>
      ) : (
        <p role="status" className="mt-4 rounded bg-slate-100 px-3 py-3 text-slate-800">
          {phase === "not_yet_open"
            ? t("notYetOpen", { opens: formatInZone(event.registrationOpensAt, event.timeZone, locale as TimeLocale, "dateTime") })
            : t("closed")}
        </p>
      )}
    </article>
  );
}
