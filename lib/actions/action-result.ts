import type { AppErrorCode } from "@/lib/errors/app-error";

// What every server action answers. Safe for the browser: the UI branches on `code`, never on the
// translated `message`; `fieldErrors` are already in the reader's language, keyed by form field
// (`_form` is not among them: a form-level refusal is the `message`).

export type ActionCode = AppErrorCode | "unexpected";

export type ActionFailure = { ok: false; code: ActionCode; message: string; fieldErrors?: Record<string, string> };

export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure;
