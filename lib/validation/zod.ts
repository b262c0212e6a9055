import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";

// Zod messages are message keys (full paths in messages/*.json, e.g. "validation.required" or
// "events.errors.endBeforeStart"), so one schema serves the browser (react-hook-form) and the
// server, and both show the user's language. Custom refinements pass their key as the message;
// zod's own issues are mapped here to the generic "validation.*" texts.

export function issueKey(issue: z.core.$ZodIssue): { key: string; values?: Record<string, string | number> } {
  if (issue.message && /^[a-z][A-Za-z]*(\.[A-Za-z][A-Za-z0-9]*)+$/.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return { key: "validation.required" };
      return { key: "validation.tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      return { key: "validation.tooBig", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: `validation.${issue.format === "email" ? "email" : issue.format === "url" ? "url" : "invalid"}` };
    case "invalid_type":
      return { key: issue.input === undefined || issue.input === null || issue.input === "" ? "validation.required" : "validation.invalid" };
    default:
      return { key: "validation.invalid" };
  }
}

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    fields[field] ??= issueKey(issue);
  }
  return fields;
}

/** Parse domain input; bad input becomes an AppError with a message per field, before anything is written. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("invalid_input", {}, toFieldErrors(result.error));
  return result.data;
}
