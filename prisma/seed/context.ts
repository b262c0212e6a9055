import type { Prisma } from "@/lib/generated/prisma/client";

// Shared by the seed steps: the transaction they all write through and a tally of inserted rows,
// so the summary can tell a first run ("created 400") from a re-run ("created 0").
// Every step awaits its queries one by one: the embedded database gives the client a single
// connection, and parallel queries inside an interactive transaction are not supported there.

export type SeedTx = Prisma.TransactionClient;

export class SeedContext {
  created = 0;

  constructor(readonly tx: SeedTx) {}

  /** Returns the existing row, or creates it. Existing rows are left exactly as they are. */
  async findOrCreate<T>(find: () => Promise<T | null>, create: () => Promise<T>): Promise<T> {
    const existing = await find();
    if (existing) return existing;
    this.created += 1;
    return create();
  }

  /** Creates the row, or overwrites it with the seed's values when it exists. */
  async upsertCounted<T>(
    find: () => Promise<T | null>,
    create: () => Promise<T>,
    update: () => Promise<T>,
  ): Promise<T> {
    if (await find()) return update();
    this.created += 1;
    return create();
  }
}
