// Errors the application raises on purpose. Each carries a message key from messages/*.json
// (namespace "errors"); the boundary shows that text and never an exception's own message.

export type AppErrorCode = "unauthenticated" | "forbidden" | "not_found" | "invalid_input" | "conflict" | "rate_limited";

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
