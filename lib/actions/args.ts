import { z } from "zod";

// Schemas for the arguments that are not a form: record ids, tokens, flags.

/** A record id as Rakor makes them (cuid) or the demo seed names them; never an object or a filter. */
export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "validation.invalid");

export const optionalId = id.nullable();

/** A link token (base64url of 128 bits or more). */
export const token = z.string().min(16).max(128).regex(/^[A-Za-z0-9_-]+$/, "validation.invalid");

/** A yes/no argument; anything but a real boolean is refused, not coerced. */
export const flag = z.boolean();

/** An event's public address. */
export const slug = z.string().min(1).max(100).regex(/^[a-z0-9-]+$/, "validation.invalid");

/**
 * A form argument: checked with the form's own schema (field errors by field), then handed on as
 * the client sent it, because the domain operation parses its input again with the same schema
 * (a schema's output, such as a Date, does not always parse a second time).
 */
export function formOf<S extends z.ZodType>(schema: S): z.ZodType<z.input<S>, z.input<S>> {
  return z.unknown().superRefine((value, ctx) => {
    const result = schema.safeParse(value);
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue } as never);
  }) as unknown as z.ZodType<z.input<S>, z.input<S>>;
}
