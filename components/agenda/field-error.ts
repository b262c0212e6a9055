import { translateFieldError } from "@/lib/validation/resolver";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The text of a react-hook-form field error: a schema issue carries a message key to translate, an
 * error set from the server's answer ({ type: "server" }) is already in the reader's language.
 */
export function fieldErrorText(t: Translate, error: { type?: unknown; message?: string } | undefined): string | undefined {
  if (!error) return undefined;
  return error.type === "server" ? error.message : translateFieldError(t, error.message);
}
