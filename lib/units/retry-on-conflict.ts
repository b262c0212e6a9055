import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// Two organizers saving the same new unit or Kanwil at once: one insert loses on the unique key.
// Running the losing transaction again sees the winner's row, and then reports "code taken" or
// updates it, instead of failing with a conflict.
const RETRYABLE = new Set(["P2002", "P2034"]);

export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const retryable = error instanceof Prisma.PrismaClientKnownRequestError && RETRYABLE.has(error.code);
      if (!retryable || attempt >= attempts) throw error;
    }
  }
}
