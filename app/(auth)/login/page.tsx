import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/ui/form-controls";
import { ssoConfigured, ssoName } from "@/lib/auth/oidc";
import { SignInForm } from "./sign-in-form";
import { SsoSignIn } from "./sso-sign-in";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("heading") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; reset?: string }> }) {
  const [{ callbackUrl, error, reset }, t, ta] = await Promise.all([searchParams, getTranslations("login"), getTranslations("accounts")]);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      {reset === "done" && (
        <div className="mt-4">
          <FormMessage tone="success" message={ta("reset.done")} />
        </div>
      )}
      <SignInForm callbackUrl={callbackUrl ?? ""} />
      <p className="mt-4 text-sm">
        <Link href="/login/forgot" className="font-medium text-brand-800 underline underline-offset-2">
          {ta("forgotLink")}
        </Link>
      </p>
      {ssoConfigured() && <SsoSignIn name={ssoName()} callbackUrl={callbackUrl ?? ""} error={error} />}
    </div>
  );
}
