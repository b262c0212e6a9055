import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "./create-client";

// One Prisma client per process, created on first use (so `next build` needs no database) and
// kept on globalThis so development hot reloads and tests (lib/test/database.ts) share it.
const globalForDb = globalThis as unknown as { rakorDb?: Db };

function connect(): Db {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start Rakor with `npm start` or `npm run dev`, which provide it.");
  }
  return createPrismaClient({
    connectionString: env.DATABASE_URL,
    maxConnections: env.RAKOR_EMBEDDED_DB === "1" ? 1 : 10,
  });
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = (globalForDb.rakorDb ??= connect());
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { Db };
