// Errors the application raises on purpose. Each code has a text in messages/*.json (namespace
// "errors"); the boundary (lib/actions/run-action.ts) shows that text, never an exception's message.
// Field errors carry full message keys (e.g. "validation.required"), with values for their placeholders.

export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "rate_limited"
  // Refusals a form reacts to (offer the waitlist, point at the field), beyond "check the fields".
  | "unit_full"
  | "event_full"
  | "nip_taken"
  | "email_taken"
  // A quota change would pass the event's capacity: the organizer may confirm it.
  | "over_allocation"
  // The event is archived: it can be read, never changed (lib/events/writable-event.ts).
  | "read_only";

export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}

export type FieldErrors = Record<string, FieldError>;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    readonly values: Record<string, string | number> = {},
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(code);
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** A refusal tied to one form field, e.g. invalidField("slug", "events.errors.slugTaken"). */
export function invalidField(field: string, key: string, values?: Record<string, string | number>): AppError {
  return new AppError("invalid_input", {}, { [field]: { key, values } });
}

/** A refusal with its own code and the text shown at one field (or "_form"), e.g. refused("unit_full", "_form", ...). */
export function refused(code: AppErrorCode, field: string, key: string, values?: Record<string, string | number>): AppError {
  return new AppError(code, {}, { [field]: { key, values } });
}
