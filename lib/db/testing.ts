import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type Db } from "./create-client";
import { startEmbeddedDatabase } from "./embedded";
import { migrate } from "./migrate";

// A fresh, migrated database for one test file: a new in-memory PGlite by default, or a new
// database on the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).

export interface TestDatabase {
  url: string;
  prisma: Db;
  /** True on a real PostgreSQL server, where concurrency guarantees can be tested. */
  isPostgresServer: boolean;
  destroy(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Leave the database empty (for testing the migration runner itself). */
  migrated?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const migrated = options.migrated ?? true;
  return serverUrl ? createOnServer(serverUrl, migrated) : createEmbedded(migrated);
}

async function createEmbedded(migrated: boolean): Promise<TestDatabase> {
  const embedded = await startEmbeddedDatabase({ dataDir: "memory://" });
  if (migrated) await migrate(embedded.url);
  const prisma = createPrismaClient({ connectionString: embedded.url, maxConnections: 1 });
  return {
    url: embedded.url,
    prisma,
    isPostgresServer: false,
    async destroy() {
      await prisma.$disconnect();
      await embedded.stop();
    },
  };
}

async function createOnServer(serverUrl: string, migrated: boolean): Promise<TestDatabase> {
  const name = `rakor_test_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (migrated) await migrate(url.toString());
  const prisma = createPrismaClient({ connectionString: url.toString(), maxConnections: 30 });
  return {
    url: url.toString(),
    prisma,
    isPostgresServer: true,
    async destroy() {
      await prisma.$disconnect();
      await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
