import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";

// Every message for this shell's client components (see lib/i18n/client-messages.ts).
export default function CheckInLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
