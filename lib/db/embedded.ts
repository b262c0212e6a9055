import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
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

// The lock names its holder by PID, the process's start time and the machine's boot: after a crash
// in a container the restarted process often gets the same PID (PID namespaces count from 1), so a
// PID alone would name "itself" and refuse forever. Where /proc is missing, the PID has to do.
interface LockHolder {
  pid: number;
  startTime: string | null;
  bootId: string | null;
}

async function readProc(file: string): Promise<string | null> {
  return readFile(file, "utf8").then((text) => text.trim(), () => null);
}

/** Field 22 of /proc/<pid>/stat, after the command name (which may contain spaces and parentheses). */
async function processStartTime(pid: number): Promise<string | null> {
  const stat = await readProc(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
}

async function currentHolder(): Promise<LockHolder> {
  return { pid: process.pid, startTime: await processStartTime(process.pid), bootId: await readProc("/proc/sys/kernel/random/boot_id") };
}

function parseHolder(text: string): LockHolder | null {
  if (/^\d+$/.test(text.trim())) return { pid: Number(text.trim()), startTime: null, bootId: null };
  try {
    const { pid, startTime, bootId } = JSON.parse(text) as Partial<LockHolder>;
    return Number.isInteger(pid) && (pid ?? 0) > 0 ? { pid: pid!, startTime: startTime ?? null, bootId: bootId ?? null } : null;
  } catch {
    return null;
  }
}

async function isAlive(holder: LockHolder, me: LockHolder): Promise<boolean> {
  if (holder.bootId && me.bootId && holder.bootId !== me.bootId) return false;
  if (!isRunning(holder.pid)) return false;
  // A lock without a start time (an older version's) that names this very process is a leftover.
  if (!holder.startTime) return holder.pid !== me.pid;
  const startTime = await processStartTime(holder.pid);
  return startTime === null || startTime === holder.startTime;
}

async function acquireLock(lockFile: string): Promise<void> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  const me = await currentHolder();
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // "wx" creates the file only if it is absent, so two starts at once cannot both win.
      await writeFile(lockFile, JSON.stringify(me), { flag: "wx" });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = parseHolder(await readFile(lockFile, "utf8").catch(() => ""));
    if (holder && (await isAlive(holder, me))) {
      throw new Error(
        `The embedded database is already in use by process ${holder.pid}. Stop that Rakor first ` +
          `(two processes writing one PGlite directory would corrupt it).`,
      );
    }
    await rm(lockFile, { force: true });
  }
  throw new Error(`Could not take the embedded database's lock file ${lockFile}; another Rakor is starting at the same time.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
