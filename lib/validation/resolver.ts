import type { FieldErrors as FormErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { issueKey } from "./zod";

// react-hook-form resolver that reports zod issues as "key|{values}" strings, translated in the
// browser by translateFieldError(), the same keys the server returns for the same schema. On
// success it hands on the values as typed: the server action parses them again with the schema.
export function keyedZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(schema: S): Resolver<z.input<S>> {
  return (async (values: z.input<S>) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) {
      const field = issue.path.join(".") || "root";
      if (errors[field]) continue;
      const { key, values: v } = issueKey(issue);
      errors[field] = { type: issue.code, message: v ? `${key}|${JSON.stringify(v)}` : key };
    }
    return { values: {}, errors: errors as unknown as FormErrors };
  }) as Resolver<z.input<S>>;
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
