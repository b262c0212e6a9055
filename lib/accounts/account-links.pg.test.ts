import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { startUserSession } from "@/lib/auth/user-sessions";
import { AppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "@/lib/test/database";
import { confirmEmailChange } from "./confirm-email-change";
import { requestEmailChange } from "./request-email-change";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

// On a real PostgreSQL server, where two uses of one link truly race (PGlite runs one statement at a time).
const database = setupTestDatabase();
const prisma = () => database.current.prisma;
const BASE_URL = "https://rakor.example.go.id";

async function linkTo(to: string): Promise<string> {
  const mail = await prisma().outboxEmail.findFirstOrThrow({ where: { toAddress: to }, orderBy: { createdAt: "desc" } });
  return mail.textBody.match(/\/(?:reset|account\/email)\/([A-Za-z0-9_-]{22})/)![1]!;
}
const refusedKey = (outcome: PromiseSettledResult<unknown>) =>
  outcome.status === "rejected" && outcome.reason instanceof AppError ? outcome.reason.fieldErrors._form?.key : outcome.status;

describe("an account link used twice at once", () => {
  it("sets exactly one of two new passwords from one reset link", async () => {
    expect(database.current.isPostgresServer).toBe(true);
    const user = await prisma().user.create({ data: { email: "balapan@uji.test", name: "Balapan", passwordHash: await hashPassword("Sandi-Lama-2024") } });
    await startUserSession(user.id);
    await requestPasswordReset({ email: user.email, ip: "10.40.0.1", baseUrl: BASE_URL });
    const token = await linkTo(user.email);
    const passwords = ["Sandi-Pertama-1", "Sandi-Kedua-22"];
    const outcomes = await Promise.allSettled(
      passwords.map((password, i) => resetPassword({ token, password, passwordConfirmation: password, ip: `10.40.1.${i}` })),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.map(refusedKey)).toContain("accounts.links.used");
    const winner = passwords[outcomes.findIndex((o) => o.status === "fulfilled")]!;
    const { passwordHash } = await prisma().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(winner, passwordHash!)).toBe(true);
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma().auditLog.count({ where: { entityId: user.id, action: "account.password.reset" } })).toBe(1);
  });

  it("changes the address once when its confirmation link is opened twice at once", async () => {
    const user = await prisma().user.create({ data: { email: "lama@uji.test", name: "Pindah", passwordHash: await hashPassword("Sandi-Lama-2024") } });
    const actor = { userId: user.id, name: user.name, email: user.email, roles: [{ role: "ORGANIZER" as const, organizationId: null, unitId: null, eventId: null }] };
    await requestEmailChange({ actor, email: "baru@uji.test", currentPassword: "Sandi-Lama-2024", baseUrl: BASE_URL });
    const token = await linkTo("baru@uji.test");
    const outcomes = await Promise.allSettled([0, 1].map((i) => confirmEmailChange({ token, ip: `10.40.2.${i}` })));
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.map(refusedKey)).toContain("accounts.links.used");
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("baru@uji.test");
    expect(await prisma().auditLog.count({ where: { entityId: user.id, action: "account.email.change" } })).toBe(1);
  });
});
