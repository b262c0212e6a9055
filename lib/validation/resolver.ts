import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { issueKey } from "./zod";

// zod's own issues become message keys ("validation.required", with values as "key|{json}"),
// translated in the browser by translateFieldError(): the same keys the server answers for the same
// schema. A refinement's own message is already a key and is kept. The resolver hands on the raw
// values (not the parsed output): the server action parses them again with the same schema.
const messageKeys: z.core.$ZodErrorMap = (issue) => {
  const { key, values } = issueKey(issue as z.core.$ZodIssue);
  return values ? `${key}|${JSON.stringify(values)}` : key;
};

export function keyedZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(schema: S): Resolver<z.input<S>> {
  return zodResolver(schema as never, { error: messageKeys }, { raw: true }) as unknown as Resolver<z.input<S>>;
}

/**
 * The text of a field error. A schema issue carries a message key (with its values) to translate;
 * an error set from the server's answer (`setError(field, { type: "server", message })`) is already
 * in the reader's language and is shown as it is.
 */
export function translateFieldError(
  t: (key: string, values?: Record<string, string | number>) => string,
  error: string | { type?: unknown; message?: unknown } | undefined,
): string | undefined {
  if (!error) return undefined;
  if (typeof error !== "string") {
    if (typeof error.message !== "string" || !error.message) return undefined;
    if (error.type === "server") return error.message;
    return translateFieldError(t, error.message);
  }
  const [key, json] = error.split("|", 2) as [string, string | undefined];
  return t(key, json ? (JSON.parse(json) as Record<string, string | number>) : undefined);
}
