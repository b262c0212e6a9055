import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export interface CreateClientOptions {
  connectionString: string;
  /** Pool size; the embedded database needs 1 (see lib/db/embedded.ts). */
  maxConnections?: number;
}

export function createPrismaClient({ connectionString, maxConnections = 10 }: CreateClientOptions) {
  const adapter = new PrismaPg({ connectionString, max: maxConnections });
  // Password hashes are never read unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
