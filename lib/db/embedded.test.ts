import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "./embedded";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded database", () => {
  it("keeps its data across a clean stop and a restart, and knows it was not newly created", async () => {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), "rakor-pglite-")), "pglite");
    const first = await startEmbeddedDatabase({ dataDir });
    expect(first.created).toBe(true);
    await query(first.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('tetap ada')`);
    await first.stop();

    const second = await startEmbeddedDatabase({ dataDir });
    try {
      expect(second.created).toBe(false);
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "tetap ada" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a second process on the same data directory instead of corrupting it", async () => {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), "rakor-pglite-")), "pglite");
    const running = await startEmbeddedDatabase({ dataDir });
    try {
      // The lock names a live process (this one), exactly as another running Rakor would.
      await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(/already in use by process \d+/);
    } finally {
      await running.stop();
    }
  });

  it("starts again after a crash in a container, where the restarted process has the dead one's PID", async () => {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), "rakor-pglite-")), "pglite");
    const first = await startEmbeddedDatabase({ dataDir });
    const lock = await readFile(`${dataDir}.lock`, "utf8");
    await first.stop();
    // The crashed holder had this process's PID (PID namespaces restart at 1) but started at
    // another moment; its lock file stayed behind because nobody removed it.
    const record = lock.trim().startsWith("{") ? { ...JSON.parse(lock), startTime: "1" } : process.pid;
    await writeFile(`${dataDir}.lock`, typeof record === "number" ? String(record) : JSON.stringify(record));

    const restarted = await startEmbeddedDatabase({ dataDir });
    try {
      expect(restarted.created).toBe(false);
      expect(JSON.parse(await readFile(`${dataDir}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    } finally {
      await restarted.stop();
    }
  });

  it("still refuses a live holder on the same machine, also when its lock file is from an older version", async () => {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), "rakor-pglite-")), "pglite");
    // The parent of this test process is alive and is not this process.
    await writeFile(`${dataDir}.lock`, String(process.ppid));
    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(/already in use by process \d+/);
    expect(await readFile(`${dataDir}.lock`, "utf8")).toBe(String(process.ppid));
  });
});
