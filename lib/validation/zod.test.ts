import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseInput, toFieldErrors } from "./zod";

const schema = z.object({
  title: z.string().trim().min(1),
  email: z.string().email(),
  seats: z.coerce.number().int().min(1).max(500),
  slug: z.string().refine((s) => s !== "taken", "events.errors.slugTaken"),
});

describe("validation messages", () => {
  it("maps zod's own issues to generic keys and keeps a custom key as given", () => {
    const result = schema.safeParse({ title: "  ", email: "panitia", seats: 0, slug: "taken" });
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error!)).toEqual({
      title: { key: "validation.required" },
      email: { key: "validation.email" },
      seats: { key: "validation.tooSmall", values: { min: 1 } },
      slug: { key: "events.errors.slugTaken" },
    });
  });

  it("refuses bad input with an AppError that names each field", () => {
    try {
      parseInput(schema, { title: "Rakor", email: "a@b.id", seats: 9999, slug: "ok" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors).toEqual({ seats: { key: "validation.tooBig", values: { max: 500 } } });
    }
  });
});
