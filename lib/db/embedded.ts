import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served on loopback over the
// PostgreSQL wire protocol, so the application talks to it exactly as it talks to a real server.

export interface EmbeddedDatabase {
  url: string;
  /** True when this start created the data directory (the caller seeds demo data then). */
  created: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory for the data files; "memory://" keeps everything in memory (tests). */
  dataDir: string;
  port?: number;
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const inMemory = options.dataDir.startsWith("memory://");
  const created = inMemory || !existsSync(path.join(options.dataDir, "PG_VERSION"));
  const lockFile = inMemory ? null : `${options.dataDir}.lock`;
  if (lockFile) await acquireLock(lockFile);
  if (!inMemory) await mkdir(options.dataDir, { recursive: true });

  const db = await PGlite.create(inMemory ? undefined : options.dataDir);
  // pglite-socket interleaves extended-protocol messages of concurrent connections
  // (electric-sql/pglite#1046), so clients use one connection each; the limit leaves room for
  // the application's pool, a migration/seed client and one psql session.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 4 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;

  let stopped = false;
  return {
    url,
    created,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing PGlite runs a clean PostgreSQL shutdown, so the data directory is consistent.
      await db.close();
      if (lockFile) await rm(lockFile, { force: true });
    },
  };
}

async function acquireLock(lockFile: string): Promise<void> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  if (existsSync(lockFile)) {
    const pid = Number((await readFile(lockFile, "utf8")).trim());
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
      throw new Error(
        `The embedded database is already in use by process ${pid}. Stop that Rakor first ` +
          `(two processes writing one PGlite directory would corrupt it).`,
      );
    }
  }
  await writeFile(lockFile, String(process.pid));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
