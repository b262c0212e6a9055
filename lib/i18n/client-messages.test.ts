import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { pickMessages, PUBLIC_CLIENT_MESSAGES } from "./client-messages";

const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");
const lookup = (messages: unknown, keyPath: string): unknown => keyPath.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

describe("picking messages for the client", () => {
  it("keeps only the named subtrees", () => {
    const picked = pickMessages({ a: { b: "1", c: "2" }, d: "3", e: { f: { g: "4" } } }, ["a.b", "e.f", "missing.x"]);
    expect(picked).toEqual({ a: { b: "1" }, e: { f: { g: "4" } } });
  });

  // The public pages' one client form: the open registration form and the participant form it
  // shares with unit coordinators, validated by the participant schema.
  const files = ["components/registrations/open-registration-form.tsx", "components/registrations/participant-form.tsx"];
  const source = files.map(read).join("\n");
  const namespaces = [...source.matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => m[1]!);
  const rootKeys = [...source.matchAll(/\bt\("([a-zA-Z]+\.[a-zA-Z.]+)"/g)].map((m) => m[1]!);
  const schemaKeys = [...read("lib/registrations/schema.ts").matchAll(/"((?:validation|registrations\.errors|errors)\.[a-zA-Z.]+)"/g)].map((m) => m[1]!);
  const validationKeys = Object.keys(id.validation).map((key) => `validation.${key}`);

  for (const [locale, messages] of [["id", id], ["en", en]] as const) {
    it(`gives the public pages every message their form can show (${locale})`, () => {
      const picked = pickMessages(messages, PUBLIC_CLIENT_MESSAGES);
      expect(namespaces.length).toBeGreaterThan(0);
      expect(namespaces.filter((ns) => typeof lookup(picked, ns) !== "object")).toEqual([]);
      expect([...rootKeys, ...schemaKeys, ...validationKeys].filter((key) => typeof lookup(picked, key) !== "string")).toEqual([]);
      // And far less than everything.
      expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(messages).length / 5);
    });
  }
});
