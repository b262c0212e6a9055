import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/authorize";
import { AppError, refused } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import id from "@/messages/id.json";
import en from "@/messages/en.json";
import { formOf, id as idArg } from "./args";
import { createActionClient } from "./action-client";

const organizer: Actor = { userId: "u1", name: "Panitia", email: "p@rakor.test", roles: [{ role: "ORGANIZER", organizationId: "org-a", unitId: null, eventId: null }] };
const coordinator: Actor = { userId: "u2", name: "Operator", email: "o@rakor.test", roles: [{ role: "UNIT_COORDINATOR", organizationId: "org-a", unitId: "unit-a", eventId: null }] };

function client(actor: Actor | null, locale: "id" | "en" = "id") {
  const logged: unknown[] = [];
  const t = createTranslator({ locale, messages: locale === "id" ? id : en });
  const { defineAction } = createActionClient({
    getActor: async () => actor,
    getTranslator: async () => (key, values) => t(key as never, values as never),
    logError: (error) => logged.push(error),
  });
  return { defineAction, logged };
}

const room = z.object({ name: z.string().trim().min(1), seats: z.coerce.number().int().min(1) });

describe("the action client", () => {
  it("refuses an id that is not an id before the operation runs, so it never becomes a database filter", async () => {
    const { defineAction } = client(organizer);
    const seen: unknown[] = [];
    const rename = defineAction({ args: [idArg, formOf(room)], permission: "agenda:manage", run: async (_actor, roomId) => seen.push(roomId) });
    const call = rename as unknown as (...args: unknown[]) => ReturnType<typeof rename>;
    for (const bad of [{ not: "zzz" }, ["a"], "", "a".repeat(65), "../x", 42]) {
      expect(await call(bad, { name: "Ballroom", seats: 10 })).toMatchObject({ ok: false, code: "invalid_input" });
    }
    expect(await call("room1", { name: "Ballroom", seats: 10 }, "extra")).toMatchObject({ ok: false, code: "invalid_input" });
    expect(seen).toEqual([]);
    expect(await rename("room1", { name: "Ballroom", seats: 10 })).toEqual({ ok: true, data: 1 });
    expect(seen).toEqual(["room1"]);
  });

  it("names each bad field of a form in the reader's language and hands the form on as sent", async () => {
    const received: unknown[] = [];
    const save = (locale: "id" | "en") =>
      client(organizer, locale).defineAction({ args: [formOf(room)], permission: "agenda:manage", run: async (_a, input) => received.push(input) });
    expect(await save("id")({ name: " ", seats: 0 })).toEqual({
      ok: false,
      code: "invalid_input",
      message: id.errors.invalid_input,
      fieldErrors: { name: id.validation.required, seats: createTranslator({ locale: "id", messages: id })("validation.tooSmall", { min: 1 }) },
    });
    const english = await save("en")({ name: "", seats: 3 });
    expect(english).toMatchObject({ ok: false, fieldErrors: { name: en.validation.required } });
    await save("en")({ name: "Ballroom", seats: "12" });
    expect(received).toEqual([{ name: "Ballroom", seats: "12" }]);
  });

  it("refuses someone without the permission before the operation runs", async () => {
    const seen: string[] = [];
    const del = client(coordinator).defineAction({ args: [idArg], permission: "event:manage", run: async (_a, eventId) => void seen.push(eventId) });
    expect(await del("event1")).toEqual({ ok: false, code: "forbidden", message: id.errors.forbidden });
    const anonymous = client(null).defineAction({ args: [idArg], permission: "event:manage", run: async (_a, eventId) => void seen.push(eventId) });
    expect(await anonymous("event1")).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(seen).toEqual([]);
  });

  it("answers a domain refusal with its code and its own text, and never shows an exception's text", async () => {
    const { defineAction, logged } = client(coordinator, "en");
    const register = (error: unknown) => defineAction({ args: [], permission: "registration:manage-unit", run: async () => Promise.reject(error) })();
    expect(await register(refused("unit_full", "_form", "registrations.errors.unitFull", { seats: 3, taken: 3 }))).toEqual({
      ok: false,
      code: "unit_full",
      message: en.registrations.errors.unitFull.replace("{seats}", "3").replace("{taken}", "3"),
    });
    expect(await register(refused("nip_taken", "nip", "registrations.errors.nipTaken"))).toEqual({
      ok: false,
      code: "nip_taken",
      message: en.errors.nip_taken,
      fieldErrors: { nip: en.registrations.errors.nipTaken },
    });
    const duplicate = new Prisma.PrismaClientKnownRequestError("Unique constraint failed on secret_column", { code: "P2002", clientVersion: "7" });
    expect(await register(duplicate)).toEqual({ ok: false, code: "conflict", message: en.errors.conflict });
    const crash = await register(new Error("connection to 10.0.0.5 refused, password=hunter2"));
    expect(crash).toEqual({ ok: false, code: "unexpected", message: en.errors.unexpected });
    expect(JSON.stringify(crash)).not.toContain("hunter2");
    expect(logged).toHaveLength(1);
    expect(await register(new AppError("not_found"))).toMatchObject({ code: "not_found", message: en.errors.not_found });
  });

  it("a public action runs with no one signed in", async () => {
    const open = client(null).defineAction({ args: [z.string()], permission: "public", run: async (actor, slug) => ({ actor, slug }) });
    expect(await open("rakor-humas")).toEqual({ ok: true, data: { actor: null, slug: "rakor-humas" } });
  });
});
