"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { registerOpenlyAction } from "@/lib/registrations/actions";
import { ParticipantForm } from "./participant-form";

/** The public registration form: on success the registrant lands on their own ticket page. */
export function OpenRegistrationForm({ slug }: { slug: string }) {
  const t = useTranslations("openRegistration");
  const router = useRouter();
  return (
    <ParticipantForm
      idPrefix="open"
      submitLabel={t("submit")}
      offerWaitlist
      submit={async (input, joinWaitlist) => {
        const result = await registerOpenlyAction(slug, input, joinWaitlist);
        if (result.ok) router.push(`/t/${result.data.ticketToken}?registered=1`);
        return result;
      }}
    />
  );
}
