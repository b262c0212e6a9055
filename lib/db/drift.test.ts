import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeDatabase, describeSchema } from "./schema-description";
import { createTestDatabase, type TestDatabase } from "./testing";

// Migrations are written by hand (see README "Migrations"). This test is what keeps them honest:
// the database that the migrations build must have exactly the shape that schema.prisma declares.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.destroy();
});

describe("schema drift", () => {
  it("the migrated database matches schema.prisma: tables, columns, types, defaults, enums, keys, indexes, relations", async () => {
    const [fromSchema, fromDatabase] = await Promise.all([describeSchema(), describeDatabase(database.url)]);
    expect(fromSchema.length).toBeGreaterThan(100);
    // Lines only in one side are the drift; listing them makes the failure say what to fix.
    const missingInDatabase = fromSchema.filter((line) => !fromDatabase.includes(line));
    const notInSchema = fromDatabase.filter((line) => !fromSchema.includes(line));
    expect({ missingInDatabase, notInSchema }).toEqual({ missingInDatabase: [], notInSchema: [] });
  });
});

describe("the drift check itself", () => {
  it("notices a column, an index and a foreign key that disagree with schema.prisma", async () => {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`
      ALTER TABLE "Event" ALTER COLUMN "capacity" DROP NOT NULL;
      DROP INDEX "Unit_name_idx";
      ALTER TABLE "UnitQuota" DROP CONSTRAINT "UnitQuota_unitId_fkey";
      ALTER TABLE "UnitQuota" ADD CONSTRAINT "UnitQuota_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;`);
    await client.end();

    const [fromSchema, fromDatabase] = await Promise.all([describeSchema(), describeDatabase(database.url)]);
    const missingInDatabase = fromSchema.filter((line) => !fromDatabase.includes(line));
    expect(missingInDatabase).toEqual([
      "column Event.capacity int4 not null default none",
      "fk UnitQuota_unitId_fkey UnitQuota(unitId) -> Unit(id) on delete RESTRICT on update CASCADE",
      "index Unit_name_idx index Unit(name)",
    ]);
  });
});
