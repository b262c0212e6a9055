import { getTranslations } from "next-intl/server";
import { signInWithSso } from "@/lib/auth/actions";
import { SubmitButton } from "@/components/ui/submit-button";

const REFUSALS = ["SsoNoAccount", "SsoUnverified", "SsoDeactivated", "SsoLinkedElsewhere", "SsoFailed"] as const;

// Single sign-on, shown only when OIDC_* is configured. A plain form post to a server action, so it
// works before any script has loaded. `error` is what Auth.js or lib/auth/oidc.ts sent back: our
// refusals by name, anything else from Auth.js (a cancelled or failed exchange) as a failure.
export async function SsoSignIn({ name, callbackUrl, error }: { name: string; callbackUrl: string; error?: string }) {
  const t = await getTranslations("sso");
  const refusal = error ? (REFUSALS.find((code) => code === error) ?? "SsoFailed") : undefined;
  return (
    <div className="mt-8">
      <div className="flex items-center gap-3 text-sm text-slate-500" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-200" />
        {t("or")}
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      {refusal && (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(refusal)}
        </p>
      )}
      <form action={signInWithSso} className="mt-4">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <SubmitButton pendingLabel={t("redirecting")} variant="secondary">
          {t("button", { name })}
        </SubmitButton>
      </form>
    </div>
  );
}
