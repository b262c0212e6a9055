import type { Actor } from "@/lib/auth/authorize";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { actorOf, demoActors } from "@/lib/test/actors";

// Helpers for the unit catalog tests.

export type CatalogActors = Awaited<ReturnType<typeof demoActors>>;

/** The demo accounts (seedDemo must have run) as actors with their real roles. */
export { demoActors };

/** An organizer who exists in the User table (audit rows reference it) in an otherwise empty database. */
export async function createOrganizer(prisma: Db, organizationId?: string): Promise<Actor> {
  const orgId = organizationId ?? (await prisma.organization.create({ data: { code: `ORG-${Date.now()}`, name: "Organisasi Uji" } })).id;
  const user = await prisma.user.create({ data: { email: `panitia-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`, name: "Panitia Uji" } });
  await prisma.roleAssignment.create({ data: { userId: user.id, role: "ORGANIZER", organizationId: orgId } });
  return actorOf(prisma, user.email);
}

/** The AppError a refused call throws. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal, but the call succeeded");
}

/** What the catalog holds, to show that a refusal wrote nothing. */
export async function catalogSnapshot(prisma: Db) {
  const [units, offices, organizations, audit] = await Promise.all([
    prisma.unit.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, type: true, class: true, city: true, timeZone: true, regionalOfficeId: true, updatedAt: true } }),
    prisma.regionalOffice.findMany({ orderBy: { code: "asc" }, select: { code: true, province: true, updatedAt: true } }),
    prisma.organization.count(),
    prisma.auditLog.count(),
  ]);
  return { units, offices, organizations, audit };
}

/** The stream's text with its byte order mark kept (Response.text() would drop it). */
export async function streamText(stream: ReadableStream<Uint8Array> | null): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}
