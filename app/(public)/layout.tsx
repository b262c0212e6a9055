import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, PUBLIC_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// Event, ticket and agenda pages open on participants' phones: only the messages of their one
// client form travel with them.
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, PUBLIC_CLIENT_MESSAGES)}>{children}</NextIntlClientProvider>;
}
