import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ssoConfigured, ssoName } from "@/lib/auth/oidc";
import { SignInForm } from "./sign-in-form";
import { SsoSignIn } from "./sso-sign-in";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("heading") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const [{ callbackUrl, error }, t] = await Promise.all([searchParams, getTranslations("login")]);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <SignInForm callbackUrl={callbackUrl ?? ""} />
      {ssoConfigured() && <SsoSignIn name={ssoName()} callbackUrl={callbackUrl ?? ""} error={error} />}
    </div>
  );
}
