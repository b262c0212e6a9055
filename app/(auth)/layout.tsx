import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { AUTH_CLIENT_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";

// Sign-in and invitation pages (a coordinator often opens the invitation on a phone): only the
// messages of their forms travel with them.
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, AUTH_CLIENT_MESSAGES)}>{children}</NextIntlClientProvider>;
}
