import "server-only";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/authorize";
import { isAppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/**
 * The one wrapper around every server action: finds who is asking, runs the domain operation
 * (which authorizes and validates itself), and turns known failures into translated messages.
 * Unknown errors are logged and shown as a generic message; their text never reaches the client.
 */
export async function runAction<T>(operation: (actor: Actor | null) => Promise<T>): Promise<ActionResult<T>> {
  const [errors, t] = await Promise.all([getTranslations("errors"), getTranslations()]);
  try {
    return { ok: true, data: await operation(await getActor()) };
  } catch (error) {
    if (isAppError(error)) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, e]) => [field, t(e.key, e.values)]),
      );
      const formError = fieldErrors._form;
      return {
        ok: false,
        message: formError ?? errors(error.code, error.values),
        fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined,
      };
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, message: errors("conflict") };
    }
    console.error("action failed", error);
    return { ok: false, message: errors("unexpected") };
  }
}
