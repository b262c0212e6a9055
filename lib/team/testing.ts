import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

// Helpers for the team tests.

/** Everything a team operation may write, so a refusal can be shown to have written nothing. */
export async function teamSnapshot(prisma: Db): Promise<string> {
  const [roles, invitations, users, outbox, audit] = await Promise.all([
    prisma.roleAssignment.findMany({ orderBy: { id: "asc" } }),
    prisma.accessInvitation.findMany({ orderBy: { id: "asc" } }),
    prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, name: true, active: true, passwordHash: true } }),
    prisma.outboxEmail.count(),
    prisma.auditLog.count(),
  ]);
  return createHash("sha256").update(JSON.stringify({ roles, invitations, users, outbox, audit })).digest("hex");
}

/** The code and field keys a refused call threw. */
export async function refusalOf(promise: Promise<unknown>): Promise<{ code: string; keys: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, keys: Object.fromEntries(Object.entries(error.fieldErrors).map(([f, e]) => [f, e.key])) };
  }
  throw new Error("expected a refusal, but the call succeeded");
}

export const tokenOf = (link: string): string => link.split("/invite/")[1]!;
