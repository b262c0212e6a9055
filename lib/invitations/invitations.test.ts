import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { AppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "@/lib/test/database";
import { DEMO_PASSWORD, seedDemo } from "@/prisma/seed/demo";
import { acceptInvitation } from "./accept-invitation";
import { inviteCoordinator } from "./invite-coordinator";
import { coordinatorsWhoNeverSignedIn, getInvitationForToken, listEventCoordinators } from "./queries";
import { removeCoordinator } from "./remove-coordinator";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { demoActors } from "@/lib/test/actors";

const database = setupTestDatabase();
const BASE_URL = "https://rakor.example.go.id";
const PASSWORD = "Sinergi-Humas-2024";
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let eventId: string;
let unitIds: Record<string, string>;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  const prisma = database.current.prisma;
  const actors = await demoActors(database.current.prisma);
  organizer = actors.organizer;
  coordinator = actors.coordinator;
  doorStaff = actors.doorStaff;
  eventId = (await prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } })).id;
  const units = await prisma.unit.findMany({ select: { id: true, code: true } });
  unitIds = Object.fromEntries(units.map((u) => [u.code, u.id]));
  // A unit that exists but is not invited to the demo event.
  const karanganyar = await prisma.unit.findFirstOrThrow({ where: { code: "JTG-LPKA-KRA" } });
  const outsider = await prisma.unit.create({
    data: { organizationId: karanganyar.organizationId, regionalOfficeId: karanganyar.regionalOfficeId, code: "JTG-RUPBASAN-TEST", name: "Rupbasan Uji", type: "RUPBASAN", timeZone: "Asia/Jakarta" },
  });
  unitIds.outsider = outsider.id;
});

const unit = (code: string) => unitIds[code]!;
const tokenOf = (link: string) => link.split("/invite/")[1]!;
const invite = (email: string, code: string, extra: { name?: string; now?: Date } = {}) =>
  inviteCoordinator({ actor: organizer, eventId, unitId: unit(code), email, baseUrl: BASE_URL, ...extra });
// Each acceptance from its own address, so the per-address limit (accept-invitation-limit.test.ts) stays out of the way.
let addresses = 0;
const nextIp = () => `10.20.${Math.floor(++addresses / 250)}.${addresses % 250}`;
const accept = (token: string, extra: Partial<Parameters<typeof acceptInvitation>[0]> = {}) =>
  acceptInvitation({ token, ip: nextIp(), name: "Operator Baru", password: PASSWORD, passwordConfirmation: PASSWORD, ...extra });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; keys: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, keys: Object.fromEntries(Object.entries(error.fieldErrors).map(([f, e]) => [f, e.key])) };
  }
  throw new Error("expected a refusal");
}

async function rowCounts() {
  const prisma = database.current.prisma;
  const [users, roles, invitations, outbox, audit] = await Promise.all([
    prisma.user.count(),
    prisma.roleAssignment.count(),
    prisma.coordinatorInvitation.findMany({ select: { id: true, tokenHash: true, expiresAt: true, acceptedAt: true, revokedAt: true } }),
    prisma.outboxEmail.count(),
    prisma.auditLog.count(),
  ]);
  return { users, roles, invitations, outbox, audit };
}

describe("inviting a unit coordinator", () => {
  it("stores only a hash of the link's token and queues an email with the link, the unit and the event", async () => {
    const issued = await invite("humas.smg@lapas.test", "JTG-LP-SMG", { name: "Rudi Hartono" });
    expect(issued.link).toMatch(new RegExp(`^${BASE_URL}/invite/[A-Za-z0-9_-]{22}$`));
    const token = tokenOf(issued.link);
    const prisma = database.current.prisma;

    const invitation = await prisma.coordinatorInvitation.findUniqueOrThrow({ where: { id: issued.invitationId } });
    expect(invitation.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(invitation).toMatchObject({ email: "humas.smg@lapas.test", name: "Rudi Hartono", eventId, invitedById: organizer.userId, acceptedAt: null });
    expect(invitation.expiresAt.getTime() - invitation.createdAt.getTime()).toBeGreaterThan(6.9 * 24 * 3600_000);

    const [mail] = await prisma.outboxEmail.findMany({ where: { toAddress: "humas.smg@lapas.test" } });
    expect(mail).toMatchObject({ status: "PENDING", kind: "coordinator-invitation", eventId });
    expect(mail!.textBody).toContain(issued.link);
    const unitName = (await prisma.unit.findUniqueOrThrow({ where: { id: unit("JTG-LP-SMG") } })).name;
    expect(mail!.subject).toContain(unitName);
    expect(mail!.textBody).toContain("Rapat Koordinasi Humas Pemasyarakatan");
    expect(mail!.textBody).toContain("Yth. Rudi Hartono");
    expect(mail!.textBody).toMatch(/You are invited to coordinate/);
    expect(mail!.textBody).toMatch(/WIB/);

    const audit = await prisma.auditLog.findMany({ where: { entityId: issued.invitationId } });
    expect(audit.map((a) => a.action)).toEqual(["invitation.create"]);
    expect(audit[0]!.actorId).toBe(organizer.userId);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(invitation.tokenHash);
  });

  it("refuses an address that already coordinates the unit, or already has a pending invitation", async () => {
    await invite("dobel@lapas.test", "DKI-LP-CPN");
    const before = await rowCounts();
    expect(await refusal(invite("operator.karanganyar@rakor.demo", "JTG-LPKA-KRA"))).toEqual({
      code: "invalid_input",
      keys: { email: "invitations.errors.alreadyCoordinator" },
    });
    expect(await refusal(invite(" Dobel@Lapas.TEST ", "DKI-LP-CPN"))).toEqual({ code: "invalid_input", keys: { email: "invitations.errors.alreadyInvited" } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a unit that is not invited to the event, and a malformed address", async () => {
    const before = await rowCounts();
    expect((await refusal(invite("luar@lapas.test", "outsider"))).keys).toEqual({ unitId: "invitations.errors.unitNotInvited" });
    expect((await refusal(invite("bukan-email", "JTG-LP-SMG"))).keys).toEqual({ email: "validation.email" });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("accepting an invitation", () => {
  it("sets the password and the coordinator role, so the new coordinator can sign in", async () => {
    const issued = await invite("baru@lapas.test", "BAL-LP-KRB", { name: "Made Baru" });
    const token = tokenOf(issued.link);
    expect(await getInvitationForToken(token)).toMatchObject({ status: "pending", account: "new", name: "Made Baru", email: "baru@lapas.test" });

    const accepted = await accept(token, { name: "I Made Baru" });
    expect(accepted).toMatchObject({ email: "baru@lapas.test", unitId: unit("BAL-LP-KRB"), passwordSet: true });
    const prisma = database.current.prisma;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "baru@lapas.test" }, include: { roles: true } });
    expect(user.name).toBe("I Made Baru");
    expect(user.roles.map(({ role, unitId, eventId }) => ({ role, unitId, eventId }))).toEqual([
      { role: "UNIT_COORDINATOR", unitId: unit("BAL-LP-KRB"), eventId: null },
    ]);
    const invitation = await prisma.coordinatorInvitation.findUniqueOrThrow({ where: { id: issued.invitationId } });
    expect(invitation.acceptedAt).toBeInstanceOf(Date);
    expect(invitation.acceptedById).toBe(user.id);
    expect(await prisma.auditLog.count({ where: { entityId: issued.invitationId, action: "invitation.accept", actorId: user.id } })).toBe(1);

    const signIn = await verifyCredentials({ email: "baru@lapas.test", password: PASSWORD, ip: "10.9.0.1" });
    expect(signIn).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("works only once: a second acceptance is refused and changes nothing", async () => {
    const token = tokenOf((await invite("sekali@lapas.test", "PPA-LP-ABE")).link);
    await accept(token);
    const before = await rowCounts();
    expect(await refusal(accept(token, { password: "Kata-sandi-lain-99", passwordConfirmation: "Kata-sandi-lain-99" }))).toEqual({
      code: "invalid_input",
      keys: { _form: "invitations.errors.used" },
    });
    expect(await rowCounts()).toEqual(before);
    expect((await verifyCredentials({ email: "sekali@lapas.test", password: PASSWORD, ip: "10.9.0.2" })).ok).toBe(true);
    expect(await getInvitationForToken(token)).toEqual({ status: "accepted" });
  });

  it("refuses expired, revoked and unknown links, each with its own message, writing nothing", async () => {
    const weekAgo = new Date(Date.now() - 8 * 24 * 3600_000);
    const expired = tokenOf((await invite("lama@lapas.test", "SSN-LP-MKS", { now: weekAgo })).link);
    const revokedIssued = await invite("dicabut@lapas.test", "KBR-LP-PTK");
    await revokeInvitation({ actor: organizer, invitationId: revokedIssued.invitationId });
    const revoked = tokenOf(revokedIssued.link);

    const before = await rowCounts();
    expect((await refusal(accept(expired))).keys).toEqual({ _form: "invitations.errors.expired" });
    expect((await refusal(accept(revoked))).keys).toEqual({ _form: "invitations.errors.revoked" });
    expect((await refusal(accept("AAAAAAAAAAAAAAAAAAAAAA"))).keys).toEqual({ _form: "invitations.errors.unknown" });
    expect((await refusal(accept("not a token"))).keys).toEqual({ _form: "invitations.errors.unknown" });
    expect(await rowCounts()).toEqual(before);
    expect(await getInvitationForToken(expired)).toEqual({ status: "expired" });
    expect(await getInvitationForToken(revoked)).toEqual({ status: "revoked" });
    expect(await getInvitationForToken("AAAAAAAAAAAAAAAAAAAAAA")).toEqual({ status: "unknown" });
  });

  it("refuses a password under 10 characters or a confirmation that differs, per field, writing nothing", async () => {
    const token = tokenOf((await invite("pendek@lapas.test", "JBR-LP-SKM")).link);
    const before = await rowCounts();
    expect(await refusal(accept(token, { password: "pendek", passwordConfirmation: "pendek" }))).toEqual({
      code: "invalid_input",
      keys: { password: "invitations.errors.passwordTooShort" },
    });
    expect((await refusal(accept(token, { passwordConfirmation: "Sinergi-Humas-2025" }))).keys).toEqual({
      passwordConfirmation: "invitations.errors.passwordMismatch",
    });
    expect((await refusal(accept(token, { name: "  " }))).keys).toEqual({ name: "validation.required" });
    expect(await rowCounts()).toEqual(before);
    expect(await getInvitationForToken(token)).toMatchObject({ status: "pending" });
  });

  it("never replaces the password of an existing account: its owner signs in, then accepts", async () => {
    const issued = await invite("panitia@rakor.demo", "JTG-LP-SMG");
    const token = tokenOf(issued.link);
    expect(await getInvitationForToken(token)).toMatchObject({ account: "signInFirst" });
    expect(await getInvitationForToken(token, organizer)).toMatchObject({ account: "signedIn" });

    const before = await rowCounts();
    expect((await refusal(accept(token))).keys).toEqual({ _form: "invitations.errors.signInFirst" });
    expect((await refusal(accept(token, { actor: coordinator }))).keys).toEqual({ _form: "invitations.errors.signInFirst" });
    expect(await rowCounts()).toEqual(before);
    expect((await verifyCredentials({ email: "panitia@rakor.demo", password: DEMO_PASSWORD, ip: "10.9.0.3" })).ok).toBe(true);

    expect(await acceptInvitation({ actor: organizer, token, ip: nextIp() })).toMatchObject({ userId: organizer.userId, passwordSet: false });
    const roles = await database.current.prisma.roleAssignment.findMany({ where: { userId: organizer.userId } });
    expect(roles.map((r) => r.role).sort()).toEqual(["ORGANIZER", "UNIT_COORDINATOR"]);
    expect((await verifyCredentials({ email: "panitia@rakor.demo", password: DEMO_PASSWORD, ip: "10.9.0.3" })).ok).toBe(true);
    await removeCoordinator({ actor: organizer, unitId: unit("JTG-LP-SMG"), userId: organizer.userId, eventId });
  });

  it("gives an account that has no password yet the one chosen through the invitation", async () => {
    await database.current.prisma.user.create({ data: { email: "tanpa.sandi@lapas.test", name: "Tanpa Sandi" } });
    const token = tokenOf((await invite("tanpa.sandi@lapas.test", "DKI-LP-CPN")).link);
    expect(await getInvitationForToken(token)).toMatchObject({ account: "needsPassword", name: "Tanpa Sandi" });
    expect(await accept(token)).toMatchObject({ passwordSet: true });
    expect((await verifyCredentials({ email: "tanpa.sandi@lapas.test", password: PASSWORD, ip: "10.9.0.4" })).ok).toBe(true);
  });

  it("refuses to reopen a deactivated account", async () => {
    await database.current.prisma.user.create({
      data: { email: "nonaktif@lapas.test", name: "Nonaktif", active: false, passwordHash: await hashPassword("Lama-sekali-123") },
    });
    const token = tokenOf((await invite("nonaktif@lapas.test", "DKI-LP-CPN")).link);
    expect(await getInvitationForToken(token)).toMatchObject({ account: "inactive" });
    const before = await rowCounts();
    expect((await refusal(accept(token))).keys).toEqual({ _form: "invitations.errors.accountInactive" });
    expect(await rowCounts()).toEqual(before);
  });

  it("lets exactly one of two simultaneous acceptances of the same link succeed", async () => {
    const token = tokenOf((await invite("serentak@lapas.test", "JTG-LP-SMG")).link);
    // On PostgreSQL (TEST_DATABASE_URL) both transactions really run at once; PGlite runs them in turn.
    const results = await Promise.allSettled([
      accept(token, { name: "Pertama" }),
      accept(token, { name: "Kedua", password: "Kedua-kata-sandi-1", passwordConfirmation: "Kedua-kata-sandi-1" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AppError);
    const prisma = database.current.prisma;
    expect(await prisma.user.count({ where: { email: "serentak@lapas.test" } })).toBe(1);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "serentak@lapas.test" } });
    expect(await prisma.roleAssignment.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "invitation.accept", actorId: user.id } })).toBe(1);
  });
  it("lets a signed-in owner's double tap accept only once", async () => {
    const owner = await database.current.prisma.user.create({
      data: { email: "pemilik@lapas.test", name: "Pemilik Akun", passwordHash: await hashPassword(PASSWORD) },
    });
    const actor: Actor = { userId: owner.id, name: owner.name, email: owner.email, roles: [] };
    const token = tokenOf((await invite("pemilik@lapas.test", "JBR-LP-SKM")).link);
    const results = await Promise.allSettled([acceptInvitation({ actor, token, ip: nextIp() }), acceptInvitation({ actor, token, ip: nextIp() })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await database.current.prisma.roleAssignment.count({ where: { userId: owner.id } })).toBe(1);
    expect(await database.current.prisma.auditLog.count({ where: { action: "invitation.accept", actorId: owner.id } })).toBe(1);
  });
});

describe("resending, revoking and removing", () => {
  it("resending replaces the link: the old one stops working, the new one works for another week", async () => {
    const first = await invite("ulang@lapas.test", "BAL-LP-KRB", { now: new Date(Date.now() - 3 * 24 * 3600_000) });
    const second = await resendInvitation({ actor: organizer, invitationId: first.invitationId, baseUrl: BASE_URL });
    expect(second.invitationId).toBe(first.invitationId);
    expect(second.link).not.toBe(first.link);
    expect(second.expiresAt.getTime()).toBeGreaterThan(first.expiresAt.getTime());
    const mails = await database.current.prisma.outboxEmail.findMany({ where: { toAddress: "ulang@lapas.test" }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.textBody.includes(second.link))).toEqual([false, true]);
    expect(await database.current.prisma.auditLog.count({ where: { entityId: first.invitationId, action: "invitation.resend" } })).toBe(1);

    expect((await refusal(accept(tokenOf(first.link)))).keys).toEqual({ _form: "invitations.errors.unknown" });
    expect(await accept(tokenOf(second.link))).toMatchObject({ email: "ulang@lapas.test" });
    expect((await refusal(resendInvitation({ actor: organizer, invitationId: first.invitationId, baseUrl: BASE_URL }))).keys).toEqual({
      _form: "invitations.errors.alreadyAccepted",
    });
  });

  it("resending brings an expired invitation back to life", async () => {
    const old = await invite("kedaluwarsa@lapas.test", "PPA-LP-ABE", { now: new Date(Date.now() - 10 * 24 * 3600_000) });
    const fresh = await resendInvitation({ actor: organizer, invitationId: old.invitationId, baseUrl: BASE_URL });
    expect(await getInvitationForToken(tokenOf(fresh.link))).toMatchObject({ status: "pending" });
  });

  it("revokes a pending invitation once, and never an accepted one", async () => {
    const issued = await invite("cabut@lapas.test", "SSN-LP-MKS");
    await revokeInvitation({ actor: organizer, invitationId: issued.invitationId });
    const audit = await database.current.prisma.auditLog.findMany({ where: { entityId: issued.invitationId, action: "invitation.revoke" } });
    expect(audit).toHaveLength(1);
    expect((await refusal(revokeInvitation({ actor: organizer, invitationId: issued.invitationId }))).keys).toEqual({
      _form: "invitations.errors.alreadyRevoked",
    });
    expect((await refusal(resendInvitation({ actor: organizer, invitationId: issued.invitationId, baseUrl: BASE_URL }))).keys).toEqual({
      _form: "invitations.errors.revokedCannotResend",
    });
    // A revoked invitation does not block a new one for the same address.
    const again = await invite("cabut@lapas.test", "SSN-LP-MKS");
    await accept(tokenOf(again.link));
    expect((await refusal(revokeInvitation({ actor: organizer, invitationId: again.invitationId }))).keys).toEqual({
      _form: "invitations.errors.alreadyAccepted",
    });
  });

  it("removing a coordinator takes the unit's role away and is recorded", async () => {
    await invite("dilepas@lapas.test", "KBR-LP-PTK").then((i) => accept(tokenOf(i.link)));
    const user = await database.current.prisma.user.findUniqueOrThrow({ where: { email: "dilepas@lapas.test" } });
    await removeCoordinator({ actor: organizer, unitId: unit("KBR-LP-PTK"), userId: user.id, eventId });
    expect(await database.current.prisma.roleAssignment.count({ where: { userId: user.id } })).toBe(0);
    expect(await database.current.prisma.auditLog.count({ where: { action: "coordinator.remove", eventId } })).toBeGreaterThan(0);
    expect((await refusal(removeCoordinator({ actor: organizer, unitId: unit("KBR-LP-PTK"), userId: user.id }))).code).toBe("not_found");
  });
});

describe("the coordinators lists", () => {
  it("show each invited unit with its coordinators and invitation statuses, and find units without a coordinator", async () => {
    await invite("daftar@lapas.test", "JTG-LPKA-KRA");
    const all = await listEventCoordinators(organizer, { eventId, pageSize: 100 });
    expect(all.total).toBe(54);
    expect(all.units.map((u) => u.name)).toEqual([...all.units.map((u) => u.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const karanganyar = all.units.find((u) => u.id === unit("JTG-LPKA-KRA"))!;
    expect(karanganyar.coordinators.map((c) => c.email)).toEqual(["operator.karanganyar@rakor.demo"]);
    expect(karanganyar.invitations.map((i) => [i.email, i.status])).toEqual([["daftar@lapas.test", "pending"]]);
    const bali = all.units.find((u) => u.id === unit("BAL-LP-KRB"))!;
    expect(bali.invitations.map((i) => i.status).sort()).toEqual(["accepted", "accepted"]);
    expect(all.summary.invitedUnits).toBe(54);

    const without = await listEventCoordinators(organizer, { eventId, withoutCoordinator: true, pageSize: 100 });
    expect(without.units.map((u) => u.id)).not.toContain(unit("JTG-LPKA-KRA"));
    expect(without.units.every((u) => u.coordinators.filter((c) => c.active).length === 0)).toBe(true);
    expect(without.total).toBe(all.summary.unitsWithoutCoordinator);

    const found = await listEventCoordinators(organizer, { eventId, search: "karanganyar" });
    expect(found.units.map((u) => u.id)).toEqual([unit("JTG-LPKA-KRA")]);
    const paged = await listEventCoordinators(organizer, { eventId, pageSize: 10, page: 6 });
    expect(paged).toMatchObject({ page: 6, pageCount: 6 });
    expect(paged.units).toHaveLength(4);
  });

  it("name the coordinators who have never signed in", async () => {
    const { coordinators, total } = await coordinatorsWhoNeverSignedIn(organizer, eventId);
    const emails = coordinators.map((c) => c.email);
    expect(emails).toContain("operator.karanganyar@rakor.demo");
    // Accepted an invitation but never signed in afterwards.
    expect(emails).toContain("cabut@lapas.test");
    // Signed in during earlier tests.
    expect(emails).not.toContain("baru@lapas.test");
    expect(emails).not.toContain("tanpa.sandi@lapas.test");
    expect(total).toBe(coordinators.length);
    expect(coordinators.find((c) => c.email === "operator.karanganyar@rakor.demo")?.unit.id).toBe(unit("JTG-LPKA-KRA"));
  });
});

describe("authorization", () => {
  it("refuses anonymous visitors, unit coordinators and door staff everything, and nothing is written", async () => {
    const issued = await invite("sasaran@lapas.test", "JTG-LP-SMG");
    const before = await rowCounts();
    for (const [actor, code] of [
      [null, "unauthenticated"],
      [coordinator, "forbidden"],
      [doorStaff, "forbidden"],
    ] as const) {
      // A coordinator may not even invite for their own unit: invitations are the organizers' call.
      expect((await refusal(inviteCoordinator({ actor, eventId, unitId: unit("JTG-LPKA-KRA"), email: "x@lapas.test", baseUrl: BASE_URL }))).code).toBe(code);
      expect((await refusal(resendInvitation({ actor, invitationId: issued.invitationId, baseUrl: BASE_URL }))).code).toBe(code);
      expect((await refusal(revokeInvitation({ actor, invitationId: issued.invitationId }))).code).toBe(code);
      expect((await refusal(removeCoordinator({ actor, unitId: unit("JTG-LPKA-KRA"), userId: coordinator.userId }))).code).toBe(code);
      expect((await refusal(listEventCoordinators(actor, { eventId }))).code).toBe(code);
      expect((await refusal(coordinatorsWhoNeverSignedIn(actor, eventId))).code).toBe(code);
    }
    expect(await rowCounts()).toEqual(before);
  });
});
