import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { AUTH_CLIENT_MESSAGES, pickMessages, PUBLIC_CLIENT_MESSAGES } from "./client-messages";

const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");
/** The client components under a route folder (its own forms; shared ones are listed by hand). */
const clientFilesUnder = (dir: string): string[] =>
  readdirSync(path.join(process.cwd(), dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return clientFilesUnder(file);
    return /\.tsx?$/.test(entry.name) && read(file).startsWith('"use client"') ? [file] : [];
  });
const lookup = (messages: unknown, keyPath: string): unknown => keyPath.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

describe("picking messages for the client", () => {
  it("keeps only the named subtrees", () => {
    const picked = pickMessages({ a: { b: "1", c: "2" }, d: "3", e: { f: { g: "4" } } }, ["a.b", "e.f", "missing.x"]);
    expect(picked).toEqual({ a: { b: "1" }, e: { f: { g: "4" } } });
  });

  // Each trimmed shell's client components (those under its route folder, plus the shared forms its
  // pages render) and the schemas that validate them in the browser.
  const shells = [
    {
      name: "public pages",
      paths: PUBLIC_CLIENT_MESSAGES,
      files: [...clientFilesUnder("app/(public)"), "components/registrations/open-registration-form.tsx", "components/registrations/participant-form.tsx"],
      schemas: ["lib/registrations/schema.ts"],
    },
    {
      name: "sign-in, invitation and account pages",
      paths: AUTH_CLIENT_MESSAGES,
      files: clientFilesUnder("app/(auth)"),
      schemas: ["lib/invitations/schema.ts", "lib/accounts/schema.ts"],
    },
  ];
  const validationKeys = Object.keys(id.validation).map((key) => `validation.${key}`);

  for (const shell of shells) {
    const source = shell.files.map(read).join("\n");
    const namespaces = [...source.matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => m[1]!);
    const rootKeys = [...source.matchAll(/\bt\("([a-zA-Z]+\.[a-zA-Z.]+)"/g)].map((m) => m[1]!);
    const schemaKeys = shell.schemas.flatMap((file) => [...read(file).matchAll(/"([a-z][A-Za-z]*\.[a-zA-Z.]+)"/g)].map((m) => m[1]!));

    for (const [locale, messages] of [["id", id], ["en", en]] as const) {
      it(`gives the ${shell.name} every message their forms can show (${locale})`, () => {
        const picked = pickMessages(messages, shell.paths);
        expect(namespaces.length).toBeGreaterThan(0);
        expect(namespaces.filter((ns) => typeof lookup(picked, ns) !== "object")).toEqual([]);
        expect([...rootKeys, ...schemaKeys, ...validationKeys].filter((key) => typeof lookup(picked, key) !== "string")).toEqual([]);
        // And far less than everything.
        expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(messages).length / 5);
      });
    }
  }
});
