import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./index";

const MAX_ATTEMPTS = 3;

// Rakor's operations take row locks in a fixed order (event, then quotas by unit id), so they do
// not deadlock each other; a conflict with anything else (a manual statement, a serialization
// failure) is retried a few times before it surfaces.
export function isWriteConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2034") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string; originalCode?: string } } | undefined)?.cause;
  return cause?.kind === "TransactionWriteConflict" || cause?.originalCode === "40001" || cause?.originalCode === "40P01";
}

/**
 * One business operation's transaction, retried on a deadlock or serialization failure. Generous
 * waits: at the opening minute of registration many requests queue for the same event row, and on
 * the embedded database every request waits for its single connection.
 */
export async function inTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, { maxWait: 30_000, timeout: 60_000 });
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isWriteConflict(error)) throw error;
    }
  }
}
