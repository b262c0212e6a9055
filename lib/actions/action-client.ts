import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { toFieldErrors } from "@/lib/validation/zod";
import type { ActionResult } from "./action-result";

// The one way a server action is declared: a zod schema for every positional argument (ids
// included), the permission it needs ("public" for the few anonymous forms), the actor from the
// session, and the domain operation. Arguments are parsed before anything else runs, so an id of
// {"not": "zzz"} is refused here and never becomes a Prisma filter. The domain operation still
// authorizes in its own scope; the permission here refuses the wrong kind of user early.
// Kept free of Next.js imports so tests run it with the real translator and a real database.

type Schemas = readonly z.ZodType[];
type Inputs<S extends Schemas> = { -readonly [K in keyof S]: z.input<S[K]> };
type Parsed<S extends Schemas> = { -readonly [K in keyof S]: z.output<S[K]> };

export interface ActionDefinition<S extends Schemas, T, R> {
  args: S;
  permission: Permission | "public";
  /** The domain operation. Its `actor` is null only for a "public" action nobody is signed in to. */
  run: (actor: Actor | null, ...args: Parsed<S>) => Promise<T>;
  /**
   * Runs after success, outside the error mapping, so `revalidatePath` and `redirect` work as Next.js
   * expects; its return value is the action's `data` (default: the operation's result).
   */
  after?: (data: T, ...args: Parsed<S>) => R | Promise<R>;
  /** Names a refused field as the form knows it, when the operation's input nests it differently. */
  formField?: (field: string) => string;
}

export interface ActionDependencies {
  getActor: () => Promise<Actor | null>;
  /** Full-key translator of the reader's language (e.g. "errors.not_found"). */
  getTranslator: () => Promise<(key: string, values?: Record<string, string | number>) => string>;
  logError?: (error: unknown) => void;
}

export const ACTION_DEFINITION = Symbol.for("rakor.action-definition");

export type DeclaredAction<S extends Schemas, R> = ((...args: Inputs<S>) => Promise<ActionResult<R>>) & {
  [ACTION_DEFINITION]?: { args: S; permission: Permission | "public" };
};

/** Parses each argument by its schema; an object argument's issues name its fields, others the form. */
export function parseActionArgs<S extends Schemas>(schemas: S, args: readonly unknown[]): Parsed<S> {
  if (args.length > schemas.length) throw new AppError("invalid_input");
  const parsed: unknown[] = [];
  const fieldErrors: FieldErrors = {};
  schemas.forEach((schema, index) => {
    const result = schema.safeParse(args[index]);
    if (result.success) parsed.push(result.data);
    else Object.entries(toFieldErrors(result.error)).forEach(([field, error]) => (fieldErrors[field] ??= error));
  });
  if (Object.keys(fieldErrors).length) throw new AppError("invalid_input", {}, fieldErrors);
  return parsed as Parsed<S>;
}

export function createActionClient(deps: ActionDependencies) {
  async function failure(error: unknown, formField: (field: string) => string = (field) => field): Promise<ActionResult<never>> {
    const t = await deps.getTranslator();
    if (isAppError(error)) {
      const fields = Object.entries(error.fieldErrors).map(([field, e]) => [formField(field), t(e.key, e.values)] as const);
      const formError = fields.find(([field]) => field === "_form")?.[1];
      const fieldErrors = Object.fromEntries(fields.filter(([field]) => field !== "_form"));
      return {
        ok: false,
        code: error.code,
        message: formError ?? t(`errors.${error.code}`, error.values),
        ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}),
      };
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, code: "conflict", message: t("errors.conflict") };
    }
    (deps.logError ?? ((e: unknown) => console.error("action failed", e)))(error);
    return { ok: false, code: "unexpected", message: t("errors.unexpected") };
  }

  /** For a route handler that answers like an action (the photo upload): the actor, then the same mapping of refusals. */
  async function runOperation<T>(operation: (actor: Actor | null) => Promise<T>): Promise<ActionResult<T>> {
    try {
      return { ok: true, data: await operation(await deps.getActor()) };
    } catch (error) {
      return failure(error);
    }
  }

  function defineAction<const S extends Schemas, T, R = T>(definition: ActionDefinition<S, T, R>): DeclaredAction<S, R> {
    const action = async (...args: Inputs<S>): Promise<ActionResult<R>> => {
      let parsed: Parsed<S>;
      let data: T;
      try {
        parsed = parseActionArgs(definition.args, args);
        const actor = await deps.getActor();
        if (definition.permission !== "public") authorize(actor, definition.permission);
        data = await definition.run(actor, ...parsed);
      } catch (error) {
        return failure(error, definition.formField);
      }
      const result = definition.after ? await definition.after(data, ...parsed) : (data as unknown as R);
      return { ok: true, data: result };
    };
    return Object.assign(action, { [ACTION_DEFINITION]: { args: definition.args, permission: definition.permission } });
  }

  return { defineAction, runOperation };
}
