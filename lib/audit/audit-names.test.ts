import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

// The audit log shows what happened in the organizer's words: every action and entity the domain
// records must have a name in both languages (the page falls back to the raw code, so a missing one
// would only show as "event.update" — this test catches it first).

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const code = sources(path.join(process.cwd(), "lib")).map((file) => readFileSync(file, "utf8")).join("\n");
const actions = [...new Set([...code.matchAll(/action: (?:[^,\n]*\? )?"([a-z]+(?:\.[a-z]+)+)"(?: : "([a-z]+(?:\.[a-z]+)+)")?/g)].flatMap((m) => [m[1]!, m[2]].filter(Boolean) as string[]))];
const sqlActions = [...code.matchAll(/'((?:registration|checkin)\.[a-z]+)'/g)].map((m) => m[1]!);
const entities = [...new Set([...code.matchAll(/entityType: "([A-Za-z]+)"/g)].map((m) => m[1]!))];

const lookup = (messages: unknown, keyPath: string): unknown => keyPath.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

describe("names in the audit log", () => {
  it("finds the recorded actions and entities in the domain code", () => {
    expect(actions).toEqual(expect.arrayContaining(["event.update", "agenda.session.cancel", "agenda.session.restore", "speaker.photo.set"]));
    expect(entities).toEqual(expect.arrayContaining(["Event", "Registration", "UnitQuota"]));
  });

  for (const [locale, messages] of [["id", id], ["en", en]] as const) {
    it(`names every action, and every kind of record, in ${locale}`, () => {
      const audit = messages.events.audit;
      expect([...actions, ...sqlActions].filter((action) => typeof lookup(audit.actions, action) !== "string")).toEqual([]);
      expect(entities.filter((entity) => typeof lookup(audit.entities, entity) !== "string")).toEqual([]);
    });
  }
});
