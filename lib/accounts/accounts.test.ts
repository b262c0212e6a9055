import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { token as tokenArg } from "@/lib/actions/args";
import { createActionClient } from "@/lib/actions/action-client";
import type { Actor } from "@/lib/auth/authorize";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { actorForSession, startUserSession } from "@/lib/auth/user-sessions";
import { setupTestDatabase } from "@/lib/test/database";
import { refusal } from "@/lib/test/refusal";
import { changePassword } from "./change-password";
import { confirmEmailChange } from "./confirm-email-change";
import { getAccount, getEmailChangeLink, getPasswordResetLink } from "./queries";
import { requestEmailChange } from "./request-email-change";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { signOutEverywhere } from "./sign-out-everywhere";
import { updateAccountProfile } from "./update-account-profile";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

// Issue 12, item 3: "forgot password", and the account page's own changes.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
const BASE_URL = "https://rakor.example.go.id";
const OLD = "Sandi-Lama-2024";
const NEW = "Sandi-Baru-2025!";
let oldHash: string;
let people = 0;
let addresses = 0;
const nextIp = () => `10.30.${Math.floor(++addresses / 250)}.${addresses % 250}`;

beforeAll(async () => {
  oldHash = await hashPassword(OLD);
});

async function newPerson(extra: { active?: boolean; locale?: string } = {}) {
  const n = ++people;
  const user = await prisma().user.create({ data: { email: `orang${n}@uji.test`, name: `Orang ${n}`, passwordHash: oldHash, ...extra } });
  await prisma().roleAssignment.create({ data: { userId: user.id, role: "UNIT_COORDINATOR", unitId: null } });
  const sessionToken = await startUserSession(user.id);
  const actor: Actor = { userId: user.id, name: user.name, email: user.email, roles: [{ role: "UNIT_COORDINATOR", organizationId: null, unitId: null, eventId: null }], sessionToken };
  return { user, actor };
}

/** Everything an account operation could write, to assert that a refusal wrote none of it. */
async function snapshot(userId: string) {
  const [user, sessions, resets, changes, outbox, audit] = await Promise.all([
    prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, passwordHash: true, locale: true } }),
    prisma().session.findMany({ where: { userId }, select: { sessionToken: true }, orderBy: { sessionToken: "asc" } }),
    prisma().passwordResetToken.findMany({ where: { userId }, select: { id: true, usedAt: true, revokedAt: true }, orderBy: { id: "asc" } }),
    prisma().emailChangeRequest.findMany({ where: { userId }, select: { id: true, usedAt: true, revokedAt: true }, orderBy: { id: "asc" } }),
    prisma().outboxEmail.count(),
    prisma().auditLog.count(),
  ]);
  return { user, sessions, resets, changes, outbox, audit };
}

async function mailedLink(to: string, path: string): Promise<string> {
  const mail = await prisma().outboxEmail.findFirstOrThrow({ where: { toAddress: to }, orderBy: { createdAt: "desc" } });
  const link = mail.textBody.match(new RegExp(`${BASE_URL}${path}[A-Za-z0-9_-]{22}`))?.[0];
  if (!link) throw new Error(`no ${path} link in the mail to ${to}`);
  return link;
}
const tokenOf = (link: string) => link.split("/").at(-1)!;
const ask = (email: string, extra: Partial<Parameters<typeof requestPasswordReset>[0]> = {}) =>
  requestPasswordReset({ email, ip: nextIp(), baseUrl: BASE_URL, ...extra });
const reset = (token: string, password = NEW, extra: Partial<Parameters<typeof resetPassword>[0]> = {}) =>
  resetPassword({ token, password, passwordConfirmation: password, ip: nextIp(), ...extra });

describe("forgot password", () => {
  it("answers an unknown, a deactivated and a real address alike; only the real one is mailed a link, of which only a hash is kept", async () => {
    const { user } = await newPerson();
    const { user: inactive } = await newPerson({ active: false });
    const outboxBefore = await prisma().outboxEmail.count();
    await expect(ask("tidak.ada@uji.test")).resolves.toBeUndefined();
    await expect(ask(inactive.email)).resolves.toBeUndefined();
    expect(await prisma().outboxEmail.count()).toBe(outboxBefore);
    await expect(ask(user.email.toUpperCase())).resolves.toBeUndefined();

    const mail = await prisma().outboxEmail.findFirstOrThrow({ where: { toAddress: user.email } });
    expect(mail).toMatchObject({ kind: "password-reset", subject: "Buat kata sandi baru untuk Rakor" });
    expect(mail.textBody).toContain("60 menit");
    const token = tokenOf(await mailedLink(user.email, "/reset/"));
    const stored = await prisma().passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(60 * 60_000);
    expect(await prisma().passwordResetToken.count({ where: { userId: inactive.id } })).toBe(0);
  });

  it("writes the mail in the account's chosen language", async () => {
    const { user } = await newPerson({ locale: "en" });
    await ask(user.email);
    expect((await prisma().outboxEmail.findFirstOrThrow({ where: { toAddress: user.email } })).subject).toBe("Set a new password for Rakor");
  });

  it("the link sets a new password once and signs the account out everywhere", async () => {
    const { user, actor } = await newPerson();
    const phone = await startUserSession(user.id);
    await ask(user.email);
    const token = tokenOf(await mailedLink(user.email, "/reset/"));
    expect(await getPasswordResetLink(token)).toEqual({ status: "usable", email: user.email });

    await expect(reset(token)).resolves.toEqual({ email: user.email });
    const after = await prisma().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(NEW, after.passwordHash!)).toBe(true);
    expect(await verifyPassword(OLD, after.passwordHash!)).toBe(false);
    expect(await actorForSession(user.id, actor.sessionToken)).toBeNull();
    expect(await actorForSession(user.id, phone)).toBeNull();
    expect(await getPasswordResetLink(token)).toEqual({ status: "used", email: null });
  });

  it("a used, expired, superseded or made-up link says so and changes nothing", async () => {
    const { user } = await newPerson();
    const at = new Date();
    await ask(user.email, { now: new Date(at.getTime() - 61 * 60_000) });
    const expired = tokenOf(await mailedLink(user.email, "/reset/"));
    await ask(user.email);
    const superseded = tokenOf(await mailedLink(user.email, "/reset/"));
    await ask(user.email);
    const current = tokenOf(await mailedLink(user.email, "/reset/"));
    await reset(current);
    const before = await snapshot(user.id);

    for (const [token, key] of [
      [current, "accounts.links.used"],
      [expired, "accounts.links.revoked"],
      [superseded, "accounts.links.revoked"],
      ["AAAAAAAAAAAAAAAAAAAAAA", "accounts.links.unknown"],
      ["not a token", "accounts.links.unknown"],
    ] as const) {
      expect(await refusal(reset(token, "Sandi-Penyusup-99")), token).toEqual({ code: "invalid_input", fields: { _form: { key } } });
    }
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("an expired link that was never replaced says it has expired", async () => {
    const { user } = await newPerson();
    await ask(user.email, { now: new Date(Date.now() - 61 * 60_000) });
    const token = tokenOf(await mailedLink(user.email, "/reset/"));
    const before = await snapshot(user.id);
    expect(await refusal(reset(token))).toEqual({ code: "invalid_input", fields: { _form: { key: "accounts.links.expired" } } });
    expect(await getPasswordResetLink(token)).toEqual({ status: "expired", email: null });
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("a reused link says so in the reader's language: Indonesian unless English was chosen", async () => {
    const { user } = await newPerson();
    await ask(user.email);
    const token = tokenOf(await mailedLink(user.email, "/reset/"));
    await reset(token);
    const useAgain = (locale: "id" | "en") => {
      const t = createTranslator({ locale, messages: locale === "id" ? id : en });
      const { defineAction } = createActionClient({ getActor: async () => null, getTranslator: async () => (key, values) => t(key as never, values as never) });
      return defineAction({ args: [tokenArg], permission: "public", run: (_actor, resetToken) => reset(resetToken) })(token);
    };
    expect(await useAgain("id")).toEqual({ ok: false, code: "invalid_input", message: id.accounts.links.used });
    expect(await useAgain("en")).toEqual({ ok: false, code: "invalid_input", message: "This link has already been used. Each link works only once." });
  });

  it("a short or mismatched new password is refused at its field and the link stays usable", async () => {
    const { user } = await newPerson();
    await ask(user.email);
    const token = tokenOf(await mailedLink(user.email, "/reset/"));
    const before = await snapshot(user.id);
    expect((await refusal(reset(token, "pendek"))).fields).toEqual({ password: { key: "accounts.errors.passwordTooShort" } });
    expect((await refusal(reset(token, NEW, { passwordConfirmation: "lain" }))).fields).toEqual({ passwordConfirmation: { key: "accounts.errors.passwordMismatch" } });
    expect(await snapshot(user.id)).toEqual(before);
    expect((await getPasswordResetLink(token)).status).toBe("usable");
  });

  it("is limited per address asked for, whether or not it has an account, and per caller", async () => {
    const { user } = await newPerson();
    for (const email of [user.email, "belum.terdaftar@uji.test"]) {
      for (let i = 0; i < 3; i++) await ask(email);
      expect(await refusal(ask(email))).toMatchObject({ code: "rate_limited" });
    }
    expect(await prisma().passwordResetToken.count({ where: { userId: user.id } })).toBe(3);
    const { user: other } = await newPerson();
    const ip = "10.99.0.1";
    for (let i = 0; i < 5; i++) await ask(`orang.lain${i}@uji.test`, { ip });
    expect(await refusal(ask(other.email, { ip }))).toMatchObject({ code: "rate_limited" });
    expect(await prisma().passwordResetToken.count({ where: { userId: other.id } })).toBe(0);
  });
});

describe("the account page", () => {
  it("nobody signed in can change a name, a language, an address, a password or end sessions, and nothing is written", async () => {
    const { user } = await newPerson();
    const before = await snapshot(user.id);
    expect((await refusal(updateAccountProfile({ actor: null, name: "Penyusup" }))).code).toBe("unauthenticated");
    expect((await refusal(updateAccountProfile({ actor: null, locale: "en" }))).code).toBe("unauthenticated");
    expect((await refusal(requestEmailChange({ actor: null, email: "x@uji.test", currentPassword: OLD, baseUrl: BASE_URL }))).code).toBe("unauthenticated");
    expect((await refusal(changePassword({ actor: null, currentPassword: OLD, password: NEW, passwordConfirmation: NEW }))).code).toBe("unauthenticated");
    expect((await refusal(signOutEverywhere({ actor: null }))).code).toBe("unauthenticated");
    expect((await refusal(getAccount(null))).code).toBe("unauthenticated");
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("changes only the signed-in user's own name and language", async () => {
    const { user, actor } = await newPerson();
    const { user: other } = await newPerson();
    const otherBefore = await snapshot(other.id);
    await updateAccountProfile({ actor, name: "  Nama Baru  " });
    await updateAccountProfile({ actor, locale: "en" });
    expect(await getAccount(actor)).toEqual({ name: "Nama Baru", email: user.email, locale: "en", pendingEmail: null });
    expect(await snapshot(other.id)).toEqual(otherBefore);
    expect((await refusal(updateAccountProfile({ actor, name: " " }))).fields).toEqual({ name: { key: "validation.required" } });
  });

  it("a password change needs the current password; then this browser stays and every other session ends", async () => {
    const { user, actor } = await newPerson();
    const laptop = await startUserSession(user.id);
    await ask(user.email);
    const outstanding = tokenOf(await mailedLink(user.email, "/reset/"));
    const before = await snapshot(user.id);
    const wrong = await refusal(changePassword({ actor, currentPassword: "salah-sekali", password: NEW, passwordConfirmation: NEW }));
    expect(wrong).toEqual({ code: "invalid_input", fields: { currentPassword: { key: "accounts.errors.currentPasswordWrong" } } });
    expect(await snapshot(user.id)).toEqual(before);

    await expect(changePassword({ actor, currentPassword: OLD, password: NEW, passwordConfirmation: NEW })).resolves.toEqual({ sessionsEnded: 1 });
    expect(await actorForSession(user.id, actor.sessionToken)).not.toBeNull();
    expect(await actorForSession(user.id, laptop)).toBeNull();
    // A reset link mailed before the change cannot undo it.
    expect((await getPasswordResetLink(outstanding)).status).toBe("revoked");
  });

  it("guessing the current password is limited per account", async () => {
    const { user, actor } = await newPerson();
    for (let i = 0; i < 5; i++) await refusal(changePassword({ actor, currentPassword: `tebakan-${i}`, password: NEW, passwordConfirmation: NEW }));
    const before = await snapshot(user.id);
    expect((await refusal(changePassword({ actor, currentPassword: OLD, password: NEW, passwordConfirmation: NEW }))).code).toBe("rate_limited");
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("signing out everywhere ends every session of the user, and only theirs", async () => {
    const { user, actor } = await newPerson();
    const { user: other, actor: otherActor } = await newPerson();
    await startUserSession(user.id);
    await expect(signOutEverywhere({ actor })).resolves.toEqual({ sessionsEnded: 2 });
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await actorForSession(other.id, otherActor.sessionToken)).not.toBeNull();
  });
});

describe("changing the sign-in address", () => {
  const requestChange = (actor: Actor, email: string, currentPassword = OLD) => requestEmailChange({ actor, email, currentPassword, baseUrl: BASE_URL });
  const confirm = (token: string) => confirmEmailChange({ token, ip: nextIp() });

  it("changes nothing until the link mailed to the new address is opened, then changes it once", async () => {
    const { user, actor } = await newPerson();
    await expect(requestChange(actor, "Alamat.Baru@Uji.test")).resolves.toEqual({ email: "alamat.baru@uji.test" });
    expect(await getAccount(actor)).toMatchObject({ email: user.email, pendingEmail: "alamat.baru@uji.test" });
    const token = tokenOf(await mailedLink("alamat.baru@uji.test", "/account/email/"));
    expect(await getEmailChangeLink(token)).toEqual({ status: "usable", email: "alamat.baru@uji.test" });

    await expect(confirm(token)).resolves.toEqual({ email: "alamat.baru@uji.test" });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("alamat.baru@uji.test");
    const before = await snapshot(user.id);
    expect(await refusal(confirm(token))).toEqual({ code: "invalid_input", fields: { _form: { key: "accounts.links.used" } } });
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("refuses a wrong current password, the same address and one already taken, writing nothing", async () => {
    const { user, actor } = await newPerson();
    const { user: other } = await newPerson();
    const before = await snapshot(user.id);
    expect((await refusal(requestChange(actor, "baru@uji.test", "salah"))).fields).toEqual({ currentPassword: { key: "accounts.errors.currentPasswordWrong" } });
    expect((await refusal(requestChange(actor, user.email))).fields).toEqual({ email: { key: "accounts.errors.sameEmail" } });
    expect(await refusal(requestChange(actor, other.email))).toEqual({ code: "email_taken", fields: { email: { key: "accounts.errors.emailTaken" } } });
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("an address taken between the request and the link is refused and the account keeps its address", async () => {
    const { user, actor } = await newPerson();
    await requestChange(actor, "rebutan@uji.test");
    const token = tokenOf(await mailedLink("rebutan@uji.test", "/account/email/"));
    await prisma().user.create({ data: { email: "rebutan@uji.test", name: "Pemilik Lain" } });
    const before = await snapshot(user.id);
    expect(await refusal(confirm(token))).toEqual({ code: "email_taken", fields: { _form: { key: "accounts.errors.emailTaken" } } });
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("a newer request retires the older link", async () => {
    const { user, actor } = await newPerson();
    await requestChange(actor, "pertama@uji.test");
    const first = tokenOf(await mailedLink("pertama@uji.test", "/account/email/"));
    await requestChange(actor, "kedua@uji.test");
    const before = await snapshot(user.id);
    expect(await refusal(confirm(first))).toEqual({ code: "invalid_input", fields: { _form: { key: "accounts.links.revoked" } } });
    expect(await snapshot(user.id)).toEqual(before);
  });
});
