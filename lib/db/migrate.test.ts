import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";
import { createTestDatabase } from "./testing";
import { MIGRATIONS_DIR, checksumOf, migrate, readMigrations } from "./migrate";

let database: EmbeddedDatabase | undefined;
afterEach(async () => {
  await database?.stop();
  database = undefined;
});

async function appliedRows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "rakor-migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migration runner", () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    database = await startEmbeddedDatabase({ dataDir: "memory://" });
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(0);

    const first = await migrate(database.url);
    expect(first.applied).toEqual(files.map((f) => f.name));

    const second = await migrate(database.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(files.map((f) => f.name));

    const rows = await appliedRows(database.url);
    expect(rows).toHaveLength(files.length);
    for (const [i, row] of rows.entries()) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, files[i]!.name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(checksumOf(sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("refuses to run when an applied migration was edited, naming the migration", async () => {
    database = await startEmbeddedDatabase({ dataDir: "memory://" });
    const dir = await copyOfMigrations();
    await migrate(database.url, { dir });
    const [first] = await readMigrations(dir);
    const file = path.join(dir, first!.name, "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited afterwards\n`);

    await expect(migrate(database.url, { dir })).rejects.toThrow(
      new RegExp(`Migration ${first!.name} was changed after it was applied`),
    );
  });

  it("rolls back a failing migration completely and records nothing for it", async () => {
    database = await startEmbeddedDatabase({ dataDir: "memory://" });
    const dir = await copyOfMigrations();
    await migrate(database.url, { dir });
    const broken = path.join(dir, "29990101000000_broken");
    await cp(path.join(dir, (await readMigrations(dir))[0]!.name), broken, { recursive: true });
    await writeFile(
      path.join(broken, "migration.sql"),
      `CREATE TABLE "ShouldNotExist" (id TEXT);\nSELECT no_such_function();\n`,
    );

    await expect(migrate(database.url, { dir })).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT to_regclass('"ShouldNotExist"') AS t`);
    await client.end();
    expect(rows[0].t).toBeNull();
    expect((await appliedRows(database.url)).map((r) => r.migration_name)).not.toContain("29990101000000_broken");
  });
});

describe("several instances starting at once", () => {
  it("apply each migration exactly once: one migrates under the advisory lock, the others find nothing to do", async () => {
    const empty = await createTestDatabase({ migrated: false });
    try {
      const files = await readMigrations();
      // On a PostgreSQL server (TEST_DATABASE_URL, as in CI) the three runs really race. PGlite is one
      // backend session shared by every connection, so an advisory lock cannot separate them there;
      // the embedded database is protected by its data-directory lock instead (embedded.test.ts), and
      // only one process ever migrates it. There the runs go one after another.
      const run = () => migrate(empty.url);
      const results = empty.isPostgresServer
        ? await Promise.all([run(), run(), run()])
        : [await run(), await run(), await run()];
      expect(results.flatMap((r) => r.applied).sort()).toEqual(files.map((f) => f.name).sort());
      expect(results.filter((r) => r.applied.length > 0)).toHaveLength(1);
      expect(await appliedRows(empty.url)).toHaveLength(files.length);
    } finally {
      await empty.destroy();
    }
  });
});
