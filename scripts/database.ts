import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { env } from "@/lib/env";

// Where the scripts find their database: DATABASE_URL when set, else the embedded PGlite.

// RAKOR_DATA_DIR lets the end-to-end tests run on a database of their own.
export const DATA_DIR = path.resolve(process.env.RAKOR_DATA_DIR ?? path.join(process.cwd(), ".data"));
export const PGLITE_DIR = path.join(DATA_DIR, "pglite");

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
}

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: null };
  const port = process.env.RAKOR_PGLITE_PORT ? Number(process.env.RAKOR_PGLITE_PORT) : 0;
  const embedded = await startEmbeddedDatabase({ dataDir: PGLITE_DIR, port });
  return { url: embedded.url, embedded };
}

/** AUTH_SECRET from the environment; for the embedded single-machine set-up, one kept in .data/. */
export async function resolveAuthSecret(embedded: boolean): Promise<string> {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (!embedded) {
    throw new Error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it on every instance.");
  }
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(DATA_DIR, { recursive: true });
  const secret = randomBytes(33).toString("base64");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * APP_URL, the only source of absolute links. A deployment on DATABASE_URL must say where it is
 * published; the embedded single-machine set-up is reached where it listens.
 */
export function resolveAppUrl(embedded: boolean, port: number): string {
  if (env.APP_URL) return env.APP_URL.replace(/\/+$/, "");
  if (!embedded) {
    throw new Error(
      "APP_URL is not set. With DATABASE_URL, set APP_URL to the public address of the site " +
        "(e.g. https://rakor.example.go.id): links in e-mails and feeds are built from it, never from request headers.",
    );
  }
  return `http://localhost:${port}`;
}
