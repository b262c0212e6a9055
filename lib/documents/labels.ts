import { createTranslator } from "next-intl";
import messages from "@/messages/id.json";

/** Translate with values, as next-intl's translators do. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The texts of one namespace in Bahasa Indonesia: Rakor prints its documents in Indonesian whatever
 * the reader's language, as the letters and SPJ they belong to are.
 */
export function documentTexts(namespace: string): Translate {
  const t = createTranslator({ locale: "id", messages, namespace: namespace as never });
  return (key, values) => t(key as never, values as never);
}
