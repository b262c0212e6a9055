import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_DEFINITION, type DeclaredAction } from "./action-client";

// Server actions are public POST endpoints. Every one of them is declared through the action
// client, so every argument has a schema and every action names the permission it needs.

const lib = path.resolve(__dirname, "..");
const modules = readdirSync(lib)
  .filter((area) => existsSync(path.join(lib, area, "actions.ts")))
  .map((area) => `${area}/actions.ts`);

// Plain HTML form posts that must work before any script has loaded (progressive enhancement:
// `useActionState` hands them a FormData); each parses its fields with zod itself.
const FORM_POSTS: Record<string, string> = {
  "auth/actions.ts:signInWithPassword": "the sign-in form posts FormData; credentialsSchema parses it",
  "auth/actions.ts:signInWithSso": "the SSO button posts FormData; its one field, callbackUrl, goes through safeReturnPath",
  "auth/actions.ts:signOutAction": "takes no argument",
  "i18n/actions.ts:setLocale": "the language switch posts FormData; resolveLocale accepts only known locales",
};

type Definition = NonNullable<DeclaredAction<readonly never[], unknown>[typeof ACTION_DEFINITION]>;

async function declaredActions() {
  const found: { name: string; definition: Definition | undefined }[] = [];
  for (const file of modules) {
    const exports = (await import(`@/lib/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== "function") continue;
      found.push({ name: `${file}:${name}`, definition: (value as { [ACTION_DEFINITION]?: Definition })[ACTION_DEFINITION] });
    }
  }
  return found;
}

describe("every server action", () => {
  it("is declared through the action client with a permission, or is a listed form post", async () => {
    const actions = await declaredActions();
    expect(actions.length).toBeGreaterThan(40);
    const undeclared = actions.filter((a) => !a.definition && !FORM_POSTS[a.name]).map((a) => a.name);
    expect(undeclared).toEqual([]);
    for (const listed of Object.keys(FORM_POSTS)) expect(actions.map((a) => a.name)).toContain(listed);
    const publicOnes = actions.filter((a) => a.definition?.permission === "public").map((a) => a.name);
    // Only what an anonymous visitor may do: register on an open event, accept an invitation (a
    // coordinator's or a team role) by its link, ask for a password reset and use its link, confirm
    // a new address by the link mailed to it.
    expect(publicOnes.sort()).toEqual([
      "accounts/actions.ts:confirmEmailChangeAction",
      "accounts/actions.ts:requestPasswordResetAction",
      "accounts/actions.ts:resetPasswordAction",
      "invitations/actions.ts:acceptInvitationAction",
      "registrations/actions.ts:registerOpenlyAction",
      "team/actions.ts:acceptAccessInvitationAction",
    ]);
  });

  it("refuses an object, an array or a number where it expects an id or a form, for every argument", async () => {
    for (const { name, definition } of await declaredActions()) {
      if (!definition) continue;
      definition.args.forEach((schema, index) => {
        for (const bad of [{ not: "zzz" }, [{ not: "zzz" }], 7]) {
          const accepted = (schema as { safeParse: (v: unknown) => { success: boolean } }).safeParse(bad).success;
          expect(accepted, `${name} argument ${index} accepted ${JSON.stringify(bad)}`).toBe(false);
        }
      });
    }
  });
});
