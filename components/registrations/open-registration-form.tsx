"use client";

import { solveChallenge } from "altcha-lib/v1";
import type { Challenge } from "altcha-lib/v1/types";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { registerOpenlyAction } from "@/lib/registrations/actions";
import { ParticipantForm } from "./participant-form";

/** Finds the challenge's number (ALTCHA proof of work) and encodes the payload the server checks. */
function solve(challenge: Challenge): Promise<string> {
  return solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise.then((solution) =>
    btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution?.number ?? -1, salt: challenge.salt, signature: challenge.signature })),
  );
}

/**
 * The public registration form. While the person types, the browser solves the page's proof-of-work
 * challenge; the hidden "website" field stays empty for people. The answer is always "check your
 * mail": the ticket link arrives by email, never on this page, so the form tells nobody who is
 * already registered.
 */
export function OpenRegistrationForm({ slug, challenge }: { slug: string; challenge: Challenge }) {
  const t = useTranslations("openRegistration");
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const proof = useRef<Promise<string>>(null);
  const honeypot = useRef<HTMLInputElement>(null);
  useEffect(() => {
    proof.current = solve(challenge);
  }, [challenge]);

  if (sent) {
    return (
      <div role="status" className="rounded bg-emerald-50 px-4 py-3 text-emerald-900">
        <p className="font-semibold">{t("checkMailTitle")}</p>
        <p className="mt-1 text-sm">{t("checkMail")}</p>
      </div>
    );
  }
  return (
    <>
      {/* Off screen and out of the tab order: only a robot filling every field types here. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="open-extra">{t("honeypot")}</label>
        <input ref={honeypot} id="open-extra" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <ParticipantForm
        idPrefix="open"
        submitLabel={t("submit")}
        offerWaitlist
        submit={async (input, joinWaitlist) => {
          const solved = await (proof.current ?? solve(challenge));
          const result = await registerOpenlyAction(slug, input, joinWaitlist, { challenge: solved, website: honeypot.current?.value ?? "" });
          if (result.ok) setSent(true);
          // A refused or expired challenge is replaced by the page's fresh one; the fields stay filled in.
          else router.refresh();
          return result;
        }}
      />
    </>
  );
}
