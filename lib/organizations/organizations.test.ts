import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { actorOf, demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { createOrganizer, refusal } from "@/lib/units/testing";
import { seedDemo } from "@/prisma/seed/demo";
import { acceptAccessInvitation } from "@/lib/team/accept-access-invitation";
import { tokenOf } from "@/lib/team/testing";
import { createInstallationAdmin } from "./create-installation-admin";
import { createOrganization } from "./create-organization";
import { getOrganizationSettings, getOrganizationTimeZone, listOrganizations } from "./queries";
import { setOrganizationLogo } from "./set-organization-logo";
import { updateOrganization } from "./update-organization";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let other: Actor;
let admin: Actor;

beforeAll(async () => {
  await seedDemo(prisma(), { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(prisma()));
  other = await createOrganizer(prisma());
  admin = await actorOf(prisma(), "admin@rakor.demo");
});

const settings = { name: "Direktorat Jenderal Pemasyarakatan", shortName: "Ditjenpas", parentLines: "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN\n  REPUBLIK INDONESIA  \n\n", address: "Jl. Veteran No. 11", phone: "(021) 3857611", email: "Humas@Ditjenpas.go.id", website: "https://www.ditjenpas.go.id", timeZone: "Asia/Jakarta" };
const snapshot = () =>
  Promise.all([prisma().organization.findMany({ orderBy: { id: "asc" } }), prisma().auditLog.count(), prisma().roleAssignment.count(), prisma().user.count(), prisma().accessInvitation.count(), prisma().outboxEmail.count()]);
const BASE_URL = "https://rakor.test";
const TRUNCATED_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
let PNG: Uint8Array;
beforeAll(async () => {
  PNG = new Uint8Array(await sharp({ create: { width: 64, height: 64, channels: 4, background: "#0f2a5c" } }).png().toBuffer());
});

describe("an organisation's letterhead", () => {
  it("an organiser saves their organisation's letterhead, tidied, with an audit entry; a second save without change writes nothing", async () => {
    expect(await updateOrganization({ actor: organizer, input: { ...settings, address: "Jalan Veteran No. 11, Jakarta Pusat" } })).toEqual({ changed: true });
    const saved = await getOrganizationSettings(organizer);
    expect(saved).toMatchObject({ parentLines: "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN\nREPUBLIK INDONESIA", email: "humas@ditjenpas.go.id", address: "Jalan Veteran No. 11, Jakarta Pusat" });
    const before = await snapshot();
    expect(await updateOrganization({ actor: organizer, input: { ...settings, address: "Jalan Veteran No. 11, Jakarta Pusat" } })).toEqual({ changed: false });
    expect(await snapshot()).toEqual(before);
  });

  it("a new event starts on the organisation's own clock", async () => {
    expect(await getOrganizationTimeZone(organizer)).toBe("Asia/Jakarta");
    await updateOrganization({ actor: other, input: { ...settings, name: "Balai di Makassar", timeZone: "Asia/Makassar" } });
    expect(await getOrganizationTimeZone(other)).toBe("Asia/Makassar");
    expect((await refusal(getOrganizationTimeZone(coordinator))).code).toBe("forbidden");
  });

  it("bad input is refused field by field and writes nothing", async () => {
    const before = await snapshot();
    const refused = await refusal(updateOrganization({ actor: organizer, input: { ...settings, name: " ", email: "bukan-email", website: "ditjenpas", parentLines: "a\nb\nc\nd", timeZone: "Mars/Olympus" } }));
    expect(refused.code).toBe("invalid_input");
    expect(Object.keys(refused.fieldErrors).sort()).toEqual(["email", "name", "parentLines", "timeZone", "website"]);
    expect(await snapshot()).toEqual(before);
  });

  it("an organiser of another organisation changes only their own, and no one else changes any", async () => {
    await updateOrganization({ actor: other, input: { ...settings, name: "Badan Lain" } });
    expect((await getOrganizationSettings(organizer)).name).toBe("Direktorat Jenderal Pemasyarakatan");
    expect((await getOrganizationSettings(other)).name).toBe("Badan Lain");
    const before = await snapshot();
    for (const [actor, code] of [[null, "unauthenticated"], [coordinator, "forbidden"], [doorStaff, "forbidden"]] as const) {
      expect((await refusal(updateOrganization({ actor, input: settings }))).code).toBe(code);
      expect((await refusal(setOrganizationLogo({ actor, logo: PNG }))).code).toBe(code);
      expect((await refusal(getOrganizationSettings(actor))).code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a real image as the logo and refuses anything else by its bytes", async () => {
    await setOrganizationLogo({ actor: organizer, logo: PNG });
    expect(await prisma().organization.findFirst({ where: { code: "DITJENPAS" }, select: { logoType: true } })).toEqual({ logoType: "image/png" });
    const before = await snapshot();
    const fake = new TextEncoder().encode("<svg onload=alert(1)>");
    expect((await refusal(setOrganizationLogo({ actor: organizer, logo: fake }))).fieldErrors).toMatchObject({ logo: { key: "organization.errors.logoType" } });
    expect((await refusal(setOrganizationLogo({ actor: organizer, logo: new Uint8Array(1024 * 1024 + 1) }))).fieldErrors).toHaveProperty("logo");
    // PNG's first bytes and nothing after them: not an image any document could print.
    expect((await refusal(setOrganizationLogo({ actor: organizer, logo: TRUNCATED_PNG }))).fieldErrors).toMatchObject({ logo: { key: "organization.errors.logoUnreadable" } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("organisations on one installation", () => {
  it("the installation's admin creates an organisation and invites its first organiser; an existing account gets the role by the link, its password untouched", async () => {
    const existing = await prisma().user.findUniqueOrThrow({ where: { email: "operator.karanganyar@rakor.demo" }, omit: { passwordHash: false } });
    const created = await createOrganization({ actor: admin, baseUrl: BASE_URL, input: { code: "bapas-uji", name: "Balai Uji", shortName: "", timeZone: "Asia/Makassar", organizerName: "Siapa Saja", organizerEmail: "OPERATOR.karanganyar@rakor.demo" } });
    expect(created).toMatchObject({ code: "BAPAS-UJI", invitation: { email: "operator.karanganyar@rakor.demo" } });
    expect(created.invitation.link).toMatch(/^https:\/\/rakor\.test\/invite\/[A-Za-z0-9_-]{22}$/);
    // The mail is in the new organisation's outbox, the link's token nowhere in the database.
    const mail = await prisma().outboxEmail.findFirstOrThrow({ where: { toAddress: "operator.karanganyar@rakor.demo", organizationId: created.id } });
    expect(mail.textBody).toContain(created.invitation.link);
    expect(JSON.stringify(await prisma().accessInvitation.findMany())).not.toContain(tokenOf(created.invitation.link));
    // No role before the link is used; afterwards the role, and the same password.
    expect((await actorOf(prisma(), existing.email)).roles.some((r) => r.organizationId === created.id)).toBe(false);
    const signedIn = await actorOf(prisma(), existing.email);
    await acceptAccessInvitation({ actor: signedIn, token: tokenOf(created.invitation.link), ip: "10.9.9.9" });
    const after = await prisma().user.findUniqueOrThrow({ where: { id: existing.id }, omit: { passwordHash: false } });
    expect(after.passwordHash).toBe(existing.passwordHash);
    expect(after.name).toBe(existing.name);
    expect((await actorOf(prisma(), existing.email)).roles).toContainEqual({ role: "ORGANIZER", organizationId: created.id, unitId: null, eventId: null });
    expect((await listOrganizations(admin)).map((o) => o.code)).toContain("BAPAS-UJI");
  });

  it("only the installation's admin creates organisations; a taken code is refused; nothing is written", async () => {
    const before = await snapshot();
    const input = { code: "BARU", name: "Baru", timeZone: "Asia/Jakarta", organizerName: "A", organizerEmail: "a@uji.test" };
    for (const [actor, code] of [[null, "unauthenticated"], [organizer, "forbidden"], [coordinator, "forbidden"], [doorStaff, "forbidden"], [other, "forbidden"]] as const) {
      expect((await refusal(createOrganization({ actor, input, baseUrl: BASE_URL }))).code).toBe(code);
      expect((await refusal(listOrganizations(actor))).code).toBe(code);
    }
    expect((await refusal(createOrganization({ actor: admin, baseUrl: BASE_URL, input: { ...input, code: "DITJENPAS" } }))).fieldErrors).toHaveProperty("code");
    expect(await snapshot()).toEqual(before);
  });

  it("the command line makes the first admin of a fresh installation, and a second run restores them without a second role", async () => {
    const first = await createInstallationAdmin(prisma(), { email: "Root@Instansi.go.id", name: "Admin Pertama", password: "Kata-sandi-panjang", organization: { code: "INSTANSI", name: "Instansi Baru" } });
    expect(first.created).toBe(true);
    const again = await createInstallationAdmin(prisma(), { email: "root@instansi.go.id", name: "Admin Pertama", password: "Kata-sandi-lain-1", organization: { code: "INSTANSI", name: "Instansi Baru" } });
    expect(again).toEqual({ userId: first.userId, created: false, organizationId: first.organizationId });
    const actor = await actorOf(prisma(), "root@instansi.go.id");
    expect(actor.roles.map((r) => [r.role, r.organizationId]).sort()).toEqual([["ADMIN", null], ["ORGANIZER", first.organizationId]]);
    await expect(createInstallationAdmin(prisma(), { email: "x@y.test", name: "X", password: "pendek" })).rejects.toMatchObject({ code: "invalid_input" });
  });
});
