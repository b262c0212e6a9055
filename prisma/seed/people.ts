import { randomBytes } from "node:crypto";
import { AttendanceMode, RegistrationStatus, Role } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import type { SeedContext } from "./context";
import { KARANGANYAR_CODE } from "./event";

// Demo accounts (one per role) and a few confirmed participants. Participants are invented: names
// and NIPs belong to no one; the positions at Karanganyar are the two named in the article.

/** Shared by every demo account; shown on the sign-in page of a demo deployment. */
export const DEMO_PASSWORD = "RakorDemo2024!";

type Scope = { unitCode: string } | { event: true } | { organization: true } | null;

// The admin runs the installation (organisations) and organises Ditjenpas too, so the demo's admin
// sees the same console as the organiser.
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; scope: Scope }[] = [
  { email: "admin@rakor.demo", name: "Admin Rakor", role: Role.ADMIN, scope: null },
  { email: "admin@rakor.demo", name: "Admin Rakor", role: Role.ORGANIZER, scope: { organization: true } },
  { email: "panitia@rakor.demo", name: "Panitia Rakor Humas", role: Role.ORGANIZER, scope: { organization: true } },
  {
    email: "operator.karanganyar@rakor.demo",
    name: "Operator Lapas Karanganyar",
    role: Role.UNIT_COORDINATOR,
    scope: { unitCode: KARANGANYAR_CODE },
  },
  { email: "pintu@rakor.demo", name: "Petugas Pintu 1", role: Role.CHECKIN_STAFF, scope: { event: true } },
];

export const ORGANIZER_EMAIL = "panitia@rakor.demo";
const COORDINATOR_EMAIL = "operator.karanganyar@rakor.demo";

// NIP: birth date yyyymmdd, appointment yyyymm, sex (1 male, 2 female), sequence.
const DEMO_PARTICIPANTS = [
  { unitCode: KARANGANYAR_CODE, name: "Hendra Wicaksono", nip: "197604122000031001",
    position: "Kepala Lapas", rank: "Pembina, IV/a", mode: AttendanceMode.ON_SITE },
  { unitCode: KARANGANYAR_CODE, name: "Rina Kartikasari", nip: "198511032009122002",
    position: "Kepala Sub Seksi Pelaporan dan Tata Tertib", rank: "Penata, III/c", mode: AttendanceMode.ON_SITE },
  { unitCode: "DKI-LP-CPN", name: "Yusuf Ramadhan", nip: "199203152015031003",
    position: "Pranata Humas Ahli Pertama", rank: "Penata Muda, III/a", mode: AttendanceMode.ON_SITE },
  { unitCode: "JBR-LP-SKM", name: "Dewi Anggraini", nip: "198807222010122001",
    position: "Pranata Humas Ahli Muda", rank: "Penata Tingkat I, III/d", mode: AttendanceMode.ON_SITE },
  { unitCode: "BAL-LP-KRB", name: "I Made Aditya Pratama", nip: "199509182018011001",
    position: "Pengelola Informasi dan Media", rank: "Pengatur, II/c", mode: AttendanceMode.ON_SITE },
  { unitCode: "SSN-LP-MKS", name: "Andi Nurhalimah", nip: "199301052017122001",
    position: "Pranata Humas Ahli Pertama", rank: "Penata Muda Tingkat I, III/b", mode: AttendanceMode.ONLINE },
  { unitCode: "PPA-LP-ABE", name: "Yosua Mandowen", nip: "199410102019031002",
    position: "Pengelola Sistem dan Jaringan", rank: "Penata Muda, III/a", mode: AttendanceMode.ONLINE },
  { unitCode: "KBR-LP-PTK", name: "Siti Rahmawati", nip: "199607242020122003",
    position: "Pranata Humas Ahli Pertama", rank: "Penata Muda, III/a", mode: AttendanceMode.ONLINE },
];

/** Creates missing demo users; an existing account keeps its password and profile. Ids by email. */
export async function seedDemoUsers(ctx: SeedContext): Promise<Map<string, string>> {
  const { tx } = ctx;
  const userIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const user = await ctx.findOrCreate(
      () => tx.user.findUnique({ where: { email: account.email }, select: { id: true } }),
      async () =>
        tx.user.create({
          data: { email: account.email, name: account.name, passwordHash: await hashPassword(DEMO_PASSWORD) },
          select: { id: true },
        }),
    );
    userIds.set(account.email, user.id);
  }
  return userIds;
}

export async function seedDemoRoles(
  ctx: SeedContext,
  input: { userIds: Map<string, string>; unitIds: Map<string, string>; eventId: string; organizationId: string },
): Promise<void> {
  const { tx } = ctx;
  for (const account of DEMO_ACCOUNTS) {
    const userId = input.userIds.get(account.email);
    if (!userId) throw new Error(`demo user ${account.email} was not seeded`);
    const scope = account.scope;
    const unitId = scope && "unitCode" in scope ? (input.unitIds.get(scope.unitCode) ?? null) : null;
    if (scope && "unitCode" in scope && !unitId) throw new Error(`unit ${scope.unitCode} was not seeded`);
    const eventId = scope && "event" in scope ? input.eventId : null;
    const organizationId = scope && "organization" in scope ? input.organizationId : null;
    // Explicit nulls: an undefined key would drop out of the filter and match any scope.
    const identity = { userId, role: account.role, organizationId, unitId, eventId };
    await ctx.findOrCreate(
      () => tx.roleAssignment.findFirst({ where: identity, select: { id: true } }),
      () => tx.roleAssignment.create({ data: identity, select: { id: true } }),
    );
  }
}

export async function seedDemoRegistrations(
  ctx: SeedContext,
  input: { eventId: string; unitIds: Map<string, string>; userIds: Map<string, string> },
): Promise<void> {
  const { tx } = ctx;
  const { eventId } = input;
  for (const participant of DEMO_PARTICIPANTS) {
    const unitId = input.unitIds.get(participant.unitCode);
    if (!unitId) throw new Error(`unit ${participant.unitCode} was not seeded`);
    // Karanganyar's delegates are named by its operator, the rest by the organizer.
    const createdBy = participant.unitCode === KARANGANYAR_CODE ? COORDINATOR_EMAIL : ORGANIZER_EMAIL;
    await ctx.findOrCreate(
      () => tx.registration.findFirst({ where: { eventId, nip: participant.nip }, select: { id: true } }),
      () =>
        tx.registration.create({
          select: { id: true },
          data: {
            eventId,
            unitId,
            name: participant.name,
            nip: participant.nip,
            activeNip: participant.nip,
            position: participant.position,
            rank: participant.rank,
            status: RegistrationStatus.CONFIRMED,
            attendanceMode: participant.mode,
            // 128 random bits: the ticket link is the participant's only credential.
            ticketToken: randomBytes(16).toString("base64url"),
            createdById: input.userIds.get(createdBy) ?? null,
          },
        }),
    );
  }
}
