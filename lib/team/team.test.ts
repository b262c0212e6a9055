import { beforeAll, describe, expect, it } from "vitest";
import { can, type Actor } from "@/lib/auth/authorize";
import { loadActor } from "@/lib/auth/load-actor";
import { actorForSession, startUserSession } from "@/lib/auth/user-sessions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { setupTestDatabase } from "@/lib/test/database";
import { actorOf, demoActors } from "@/lib/test/actors";
import { createOrganizer } from "@/lib/units/testing";
import { seedDemo } from "@/prisma/seed/demo";
import { acceptAccessInvitation } from "./accept-access-invitation";
import { changeRole } from "./change-role";
import { inviteMember } from "./invite-member";
import { getAccessInvitationForToken, listEventDoorStaff, listTeam } from "./queries";
import { removeRole } from "./remove-role";
import { resendAccessInvitation } from "./resend-access-invitation";
import { revokeAccessInvitation } from "./revoke-access-invitation";
import { setAccountActive } from "./set-account-active";
import { refusalOf, teamSnapshot, tokenOf } from "./testing";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
const BASE_URL = "https://rakor.example.go.id";
const PASSWORD = "Petugas-Pintu-2024";
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let otherOrganizer: Actor;
let eventId: string;
let eventEndsAt: Date;
let organizationId: string;

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(prisma()));
  const event = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  eventId = event.id;
  eventEndsAt = event.endsAt;
  organizationId = event.organizationId;
  otherOrganizer = await createOrganizer(prisma());
});

let addresses = 0;
const nextIp = () => `10.30.${Math.floor(++addresses / 250)}.${addresses % 250}`;
const accept = (token: string, extra: Partial<Parameters<typeof acceptAccessInvitation>[0]> = {}) =>
  acceptAccessInvitation({ token, ip: nextIp(), name: "Orang Baru", password: PASSWORD, passwordConfirmation: PASSWORD, ...extra });
const inviteDoorStaff = (email: string, extra: Partial<Parameters<typeof inviteMember>[0]> = {}) =>
  inviteMember({ actor: organizer, target: `CHECKIN_STAFF:${eventId}`, email, baseUrl: BASE_URL, ...extra });
const userId = async (email: string) => (await prisma().user.findUniqueOrThrow({ where: { email } })).id;
const roleId = async (email: string, role: "ORGANIZER" | "CHECKIN_STAFF" | "UNIT_COORDINATOR") =>
  (await prisma().roleAssignment.findFirstOrThrow({ where: { role, user: { email } } })).id;

describe("inviting door staff and organisers", () => {
  it("a door staffer invited from the event sets a password from the link, may scan at that event only, and loses the role when the event ends", async () => {
    const issued = await inviteDoorStaff("petugas.baru@uji.test", { name: "Petugas Baru", endsWithEvent: true });
    const invitation = await prisma().accessInvitation.findUniqueOrThrow({ where: { id: issued.invitationId } });
    expect(invitation).toMatchObject({ role: "CHECKIN_STAFF", eventId, organizationId, roleExpiresAt: eventEndsAt });
    expect(invitation.tokenHash).not.toContain(tokenOf(issued.link));
    expect(issued.expiresAt.getTime()).toBeLessThanOrEqual(eventEndsAt.getTime());
    const mail = await prisma().outboxEmail.findFirstOrThrow({ where: { toAddress: "petugas.baru@uji.test" } });
    expect(mail).toMatchObject({ kind: "access-invitation", organizationId, eventId });
    expect(mail.textBody).toContain(issued.link);

    const page = await getAccessInvitationForToken(tokenOf(issued.link));
    expect(page).toMatchObject({ status: "pending", role: "CHECKIN_STAFF", account: "new", name: "Petugas Baru" });

    const accepted = await accept(tokenOf(issued.link));
    expect(accepted).toMatchObject({ role: "CHECKIN_STAFF", eventId, passwordSet: true });
    const staffer = await actorOf(prisma(), "petugas.baru@uji.test");
    expect(can(staffer, "checkin:scan", { eventId })).toBe(true);
    expect(can(staffer, "checkin:scan", { eventId: "another-event" })).toBe(false);
    expect(can(staffer, "console:access")).toBe(false);
    const role = await prisma().roleAssignment.findFirstOrThrow({ where: { userId: staffer.userId } });
    expect(role.expiresAt).toEqual(eventEndsAt);
  });

  it("an invited organiser becomes an organiser of the inviting organisation, and nowhere else", async () => {
    const issued = await inviteMember({ actor: organizer, target: "ORGANIZER", email: "Panitia.Baru@Uji.test", baseUrl: BASE_URL });
    expect(issued.email).toBe("panitia.baru@uji.test");
    await accept(tokenOf(issued.link));
    const newcomer = await actorOf(prisma(), "panitia.baru@uji.test");
    expect(newcomer.roles).toEqual([{ role: "ORGANIZER", organizationId, unitId: null, eventId: null }]);
  });

  it("an invitation to an address that has an account adds the role only once its owner has signed in, and never touches the password", async () => {
    const hash = await hashPassword("Sandi-Lama-Pemilik-1");
    await prisma().user.create({ data: { email: "pemilik@uji.test", name: "Pemilik Akun", passwordHash: hash } });
    const issued = await inviteDoorStaff("pemilik@uji.test");
    const token = tokenOf(issued.link);
    expect(await getAccessInvitationForToken(token)).toMatchObject({ account: "signInFirst" });

    const before = await teamSnapshot(prisma());
    expect(await refusalOf(accept(token, { password: "Sandi-Penyerang-1", passwordConfirmation: "Sandi-Penyerang-1" }))).toMatchObject({
      keys: { _form: "invitations.errors.signInFirst" },
    });
    expect(await refusalOf(accept(token, { actor: doorStaff }))).toMatchObject({ keys: { _form: "invitations.errors.signInFirst" } });
    expect(await teamSnapshot(prisma())).toBe(before);

    const owner = await actorOf(prisma(), "pemilik@uji.test");
    expect(await getAccessInvitationForToken(token, owner)).toMatchObject({ account: "signedIn" });
    expect(await accept(token, { actor: owner, password: undefined })).toMatchObject({ passwordSet: false });
    const user = await prisma().user.findUniqueOrThrow({ where: { email: "pemilik@uji.test" }, select: { passwordHash: true } });
    expect(user.passwordHash).toBe(hash);
    expect(await verifyPassword("Sandi-Lama-Pemilik-1", user.passwordHash!)).toBe(true);
    expect(can(await actorOf(prisma(), "pemilik@uji.test"), "checkin:scan", { eventId })).toBe(true);
  });

  it("refuses to invite someone who already holds the role or has a pending invitation to it, writing nothing", async () => {
    await inviteDoorStaff("dua.kali@uji.test");
    const before = await teamSnapshot(prisma());
    expect(await refusalOf(inviteDoorStaff("dua.kali@uji.test"))).toMatchObject({ keys: { email: "team.errors.alreadyInvited" } });
    expect(await refusalOf(inviteDoorStaff("pintu@rakor.demo"))).toMatchObject({ keys: { email: "team.errors.alreadyHasRole" } });
    expect(await refusalOf(inviteMember({ actor: organizer, target: "ORGANIZER", email: "panitia@rakor.demo", baseUrl: BASE_URL }))).toMatchObject({
      keys: { email: "team.errors.alreadyHasRole" },
    });
    expect(await refusalOf(inviteMember({ actor: organizer, target: "UNIT_COORDINATOR:x", email: "a@uji.test", baseUrl: BASE_URL }))).toMatchObject({
      code: "invalid_input",
    });
    expect(await teamSnapshot(prisma())).toBe(before);
  });
});

describe("links that can no longer be used", () => {
  it("an expired, reused, revoked or replaced link says so and changes nothing", async () => {
    const expired = await inviteDoorStaff("kedaluwarsa@uji.test", { now: new Date(Date.now() - 8 * 24 * 60 * 60_000) });
    const used = await inviteDoorStaff("terpakai@uji.test");
    await accept(tokenOf(used.link));
    const revoked = await inviteDoorStaff("dicabut@uji.test");
    await revokeAccessInvitation({ actor: organizer, invitationId: revoked.invitationId });
    const replaced = await inviteDoorStaff("diganti@uji.test");
    const renewed = await resendAccessInvitation({ actor: organizer, invitationId: replaced.invitationId, baseUrl: BASE_URL });

    const before = await teamSnapshot(prisma());
    const cases = [
      [expired.link, "invitations.errors.expired", "expired"],
      [used.link, "invitations.errors.used", "accepted"],
      [revoked.link, "invitations.errors.revoked", "revoked"],
      [replaced.link, "invitations.errors.unknown", null],
    ] as const;
    for (const [link, key, status] of cases) {
      expect(await refusalOf(accept(tokenOf(link))), link).toMatchObject({ code: "invalid_input", keys: { _form: key } });
      expect(await getAccessInvitationForToken(tokenOf(link))).toEqual(status ? { status } : null);
    }
    expect(await teamSnapshot(prisma())).toBe(before);
    await accept(tokenOf(renewed.link));
    expect(await prisma().user.count({ where: { email: "diganti@uji.test" } })).toBe(1);
  });
});

describe("removing and changing roles", () => {
  it("removing a door staffer's role refuses the very next request they make", async () => {
    const issued = await inviteDoorStaff("dicabut.perannya@uji.test");
    await accept(tokenOf(issued.link));
    const id = await userId("dicabut.perannya@uji.test");
    expect(can((await loadActor(prisma(), id))?.actor ?? null, "checkin:scan", { eventId })).toBe(true);
    await removeRole({ actor: organizer, roleAssignmentId: await roleId("dicabut.perannya@uji.test", "CHECKIN_STAFF") });
    const next = (await loadActor(prisma(), id))?.actor ?? null;
    expect(next?.roles).toEqual([]);
    expect(can(next, "checkin:scan", { eventId })).toBe(false);
  });

  it("changes a door staffer into a unit coordinator of one of the organisation's units, in one step", async () => {
    const issued = await inviteDoorStaff("pindah.peran@uji.test");
    await accept(tokenOf(issued.link));
    const unit = await prisma().unit.findFirstOrThrow({ where: { organizationId, code: "JTG-LPKA-KRA" } });
    await changeRole({ actor: organizer, roleAssignmentId: await roleId("pindah.peran@uji.test", "CHECKIN_STAFF"), target: `UNIT_COORDINATOR:${unit.id}` });
    const moved = await actorOf(prisma(), "pindah.peran@uji.test");
    expect(moved.roles).toEqual([{ role: "UNIT_COORDINATOR", organizationId, unitId: unit.id, eventId: null }]);
  });

  it("the last organiser of an organisation cannot remove, demote or deactivate themself", async () => {
    const alone = await createOrganizer(prisma());
    const [own] = await prisma().roleAssignment.findMany({ where: { userId: alone.userId } });
    const event = await prisma().event.create({
      data: {
        organizationId: alone.roles[0]!.organizationId!,
        slug: `acara-${Date.now()}`,
        title: "Acara Uji",
        venueName: "Aula",
        timeZone: "Asia/Jakarta",
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 2 * 86_400_000),
        capacity: 10,
        registrationOpensAt: new Date(),
        registrationClosesAt: new Date(Date.now() + 86_400_000),
      },
    });
    const before = await teamSnapshot(prisma());
    expect(await refusalOf(removeRole({ actor: alone, roleAssignmentId: own!.id }))).toMatchObject({ code: "conflict", keys: { _form: "team.errors.lastOrganizer" } });
    expect(await refusalOf(changeRole({ actor: alone, roleAssignmentId: own!.id, target: `CHECKIN_STAFF:${event.id}` }))).toMatchObject({
      keys: { _form: "team.errors.lastOrganizer" },
    });
    expect(await refusalOf(setAccountActive({ actor: alone, userId: alone.userId, active: false }))).toMatchObject({ code: "conflict" });
    expect(await teamSnapshot(prisma())).toBe(before);
  });

  it("of two organisers, one may remove the other; then the one left is the last", async () => {
    const first = await createOrganizer(prisma());
    const orgId = first.roles[0]!.organizationId!;
    const second = await createOrganizer(prisma(), orgId);
    const secondRole = (await prisma().roleAssignment.findFirstOrThrow({ where: { userId: second.userId } })).id;
    const firstRole = (await prisma().roleAssignment.findFirstOrThrow({ where: { userId: first.userId } })).id;
    await removeRole({ actor: first, roleAssignmentId: secondRole });
    expect(await refusalOf(removeRole({ actor: first, roleAssignmentId: firstRole }))).toMatchObject({ keys: { _form: "team.errors.lastOrganizer" } });
  });
});

describe("deactivating an account", () => {
  it("stops every request and ends every session of a deactivated account at once, and reactivating gives the same roles back", async () => {
    const issued = await inviteDoorStaff("nonaktif@uji.test");
    await accept(tokenOf(issued.link));
    const id = await userId("nonaktif@uji.test");
    const phone = await startUserSession(id);
    expect((await actorForSession(id, phone))?.userId).toBe(id);
    await setAccountActive({ actor: organizer, userId: id, active: false });
    expect((await loadActor(prisma(), id))?.actor ?? null).toBeNull();
    expect(await prisma().session.count({ where: { userId: id } })).toBe(0);
    await setAccountActive({ actor: organizer, userId: id, active: true });
    expect(can((await loadActor(prisma(), id))?.actor ?? null, "checkin:scan", { eventId })).toBe(true);
    // The cookie from before the deactivation does not come back to life.
    expect(await actorForSession(id, phone)).toBeNull();
  });

  it("refuses to deactivate an account that also serves the installation or another organisation, and oneself", async () => {
    const before = await teamSnapshot(prisma());
    expect(await refusalOf(setAccountActive({ actor: organizer, userId: await userId("admin@rakor.demo"), active: false }))).toMatchObject({
      keys: { _form: "team.errors.otherOrganizations" },
    });
    expect(await refusalOf(setAccountActive({ actor: organizer, userId: organizer.userId, active: false }))).toMatchObject({
      keys: { _form: "team.errors.notYourself" },
    });
    expect(await teamSnapshot(prisma())).toBe(before);
  });
});

describe("the team list", () => {
  it("shows the people of the organiser's own organisation with their roles, and installation admins only to admins", async () => {
    const team = await listTeam(organizer);
    const emails = team.people.map((p) => p.email);
    expect(emails).toEqual(expect.arrayContaining(["panitia@rakor.demo", "pintu@rakor.demo", "operator.karanganyar@rakor.demo"]));
    expect(emails).not.toContain(otherOrganizer.email);
    const admin = team.people.find((p) => p.email === "admin@rakor.demo")!;
    expect(admin.roles.map((r) => r.role)).toEqual(["ORGANIZER"]);
    expect(admin.usedElsewhere).toBe(true);
    expect(team.people.find((p) => p.email === "pintu@rakor.demo")!.usedElsewhere).toBe(false);
    const asAdmin = await listTeam(await actorOf(prisma(), "admin@rakor.demo"));
    expect(asAdmin.people.find((p) => p.email === "admin@rakor.demo")!.roles.map((r) => r.role)).toEqual(["ADMIN", "ORGANIZER"]);

    const other = await listTeam(otherOrganizer);
    expect(other.people.map((p) => p.email)).toEqual([otherOrganizer.email]);
    expect(other.invitations).toEqual([]);
    expect(await listEventDoorStaff(otherOrganizer, eventId)).toBeNull();
    expect((await listEventDoorStaff(organizer, eventId))!.staff.map((s) => s.user.email)).toContain("pintu@rakor.demo");
  });
});

describe("who may manage the team", () => {
  // Each operation with ids of the demo organisation, as its organiser would send them.
  const operations = async () => {
    const pending = await inviteDoorStaff(`menunggu.${Date.now()}@uji.test`);
    const staffRole = await roleId("pintu@rakor.demo", "CHECKIN_STAFF");
    const staffUser = await userId("pintu@rakor.demo");
    const dormant = await inviteDoorStaff(`tidur.${Date.now()}@uji.test`);
    const { userId: dormantUser } = await accept(tokenOf(dormant.link));
    await setAccountActive({ actor: organizer, userId: dormantUser, active: false });
    return {
      inviteOrganizer: (actor: Actor | null) => inviteMember({ actor, target: "ORGANIZER", email: "penyusup@uji.test", baseUrl: BASE_URL }),
      inviteDoorStaff: (actor: Actor | null) => inviteMember({ actor, target: `CHECKIN_STAFF:${eventId}`, email: "penyusup@uji.test", baseUrl: BASE_URL }),
      resend: (actor: Actor | null) => resendAccessInvitation({ actor, invitationId: pending.invitationId, baseUrl: BASE_URL }),
      revoke: (actor: Actor | null) => revokeAccessInvitation({ actor, invitationId: pending.invitationId }),
      removeRole: (actor: Actor | null) => removeRole({ actor, roleAssignmentId: staffRole }),
      changeRole: (actor: Actor | null) => changeRole({ actor, roleAssignmentId: staffRole, target: "ORGANIZER" }),
      deactivate: (actor: Actor | null) => setAccountActive({ actor, userId: staffUser, active: false }),
      reactivate: (actor: Actor | null) => setAccountActive({ actor, userId: dormantUser, active: true }),
      list: (actor: Actor | null) => listTeam(actor),
      listDoorStaff: (actor: Actor | null) => listEventDoorStaff(actor, eventId),
    };
  };

  it("anonymous visitors, door staff, unit coordinators and organisers of another organisation are refused every operation, and nothing is written", async () => {
    const ops = await operations();
    const before = await teamSnapshot(prisma());
    const expected: [string, Actor | null, string][] = [
      ["anonymous", null, "unauthenticated"],
      ["door staff", doorStaff, "forbidden"],
      ["coordinator", coordinator, "forbidden"],
    ];
    for (const [name, op] of Object.entries(ops)) {
      for (const [who, actor, code] of expected) expect((await refusalOf(op(actor))).code, `${name} by ${who}`).toBe(code);
      // Another organisation's organiser lists and invites organisers of their own organisation only (tested above).
      if (name === "list" || name === "inviteOrganizer") continue;
      if (name === "listDoorStaff") expect(await op(otherOrganizer), name).toBeNull();
      else expect((await refusalOf(op(otherOrganizer))).code, `${name} by an organiser of another organisation`).toBe("not_found");
    }
    expect(await teamSnapshot(prisma())).toBe(before);
  });
});
