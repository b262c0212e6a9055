import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/test/database";
import { matchSsoUser } from "./match-sso-user";

const database = setupTestDatabase();
const provider = "oidc";

async function createUser(email: string, options: { active?: boolean } = {}) {
  return database.current.prisma.user.create({ data: { email, name: `Nama ${email}`, active: options.active ?? true } });
}

const links = (userId: string) => database.current.prisma.account.findMany({ where: { userId }, select: { provider: true, providerAccountId: true } });
const userCount = () => database.current.prisma.user.count();
const roleCount = () => database.current.prisma.roleAssignment.count();

describe("signing in with single sign-on", () => {
  it("a verified address that belongs to an active account signs in as that account, links the identity and records the sign-in", async () => {
    const user = await createUser("kalapas@lapas-karanganyar.test");
    const now = new Date("2026-11-27T01:00:00Z");
    const [users, roles] = [await userCount(), await roleCount()];
    const result = await matchSsoUser({ provider, providerAccountId: "sub-kalapas", email: "  KaLapas@Lapas-Karanganyar.TEST", emailVerified: true, now });
    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.name, email: user.email } });
    expect(await links(user.id)).toEqual([{ provider, providerAccountId: "sub-kalapas" }]);
    expect((await database.current.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(now);
    expect([await userCount(), await roleCount()]).toEqual([users, roles]);
  });

  it("an address the provider has not verified is refused, even for an existing account, and nothing is linked", async () => {
    const user = await createUser("belum-terverifikasi@lapas.test");
    for (const emailVerified of [false, undefined, "true", 1]) {
      const result = await matchSsoUser({ provider, providerAccountId: "sub-unverified", email: user.email, emailVerified });
      expect(result).toEqual({ ok: false, reason: "unverified" });
    }
    expect(await links(user.id)).toEqual([]);
    expect((await database.current.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
  });

  it("an address with no Rakor account is refused and no account is created", async () => {
    const users = await userCount();
    const result = await matchSsoUser({ provider, providerAccountId: "sub-stranger", email: "orang-asing@instansi.test", emailVerified: true });
    expect(result).toEqual({ ok: false, reason: "no_account" });
    expect(await userCount()).toBe(users);
    expect(await database.current.prisma.account.count({ where: { providerAccountId: "sub-stranger" } })).toBe(0);
  });

  it("a deactivated account is refused, whether found by its address or by a link made before", async () => {
    const byEmail = await createUser("nonaktif@lapas.test", { active: false });
    expect(await matchSsoUser({ provider, providerAccountId: "sub-nonaktif", email: byEmail.email, emailVerified: true })).toEqual({ ok: false, reason: "deactivated" });
    expect(await links(byEmail.id)).toEqual([]);

    const linked = await createUser("dinonaktifkan@lapas.test");
    expect((await matchSsoUser({ provider, providerAccountId: "sub-dinonaktifkan", email: linked.email, emailVerified: true })).ok).toBe(true);
    await database.current.prisma.user.update({ where: { id: linked.id }, data: { active: false } });
    expect(await matchSsoUser({ provider, providerAccountId: "sub-dinonaktifkan", email: linked.email, emailVerified: true })).toEqual({ ok: false, reason: "deactivated" });
  });

  it("a linked identity whose address changed at the provider still signs in as the same user, not as the new address's owner", async () => {
    const user = await createUser("lama@lapas.test");
    const other = await createUser("baru@lapas.test");
    expect((await matchSsoUser({ provider, providerAccountId: "sub-pindah", email: user.email, emailVerified: true })).ok).toBe(true);
    const result = await matchSsoUser({ provider, providerAccountId: "sub-pindah", email: "baru@lapas.test", emailVerified: true });
    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.name, email: user.email } });
    expect(await links(other.id)).toEqual([]);
  });

  it("a second identity at the provider claiming an address already linked to another identity is refused", async () => {
    const user = await createUser("sudah-tertaut@lapas.test");
    expect((await matchSsoUser({ provider, providerAccountId: "sub-pertama", email: user.email, emailVerified: true })).ok).toBe(true);
    const result = await matchSsoUser({ provider, providerAccountId: "sub-kedua", email: user.email, emailVerified: true });
    expect(result).toEqual({ ok: false, reason: "linked_elsewhere" });
    expect(await links(user.id)).toEqual([{ provider, providerAccountId: "sub-pertama" }]);
  });
});
