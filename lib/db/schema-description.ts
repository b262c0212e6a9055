import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Two descriptions of the same database shape, one from schema.prisma (Prisma's DMMF) and one
// from PostgreSQL's catalog, written as comparable lines. The drift test asserts they are equal.

interface DmmfField {
  name: string;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  dbName?: string | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string }[];
}
interface Datamodel {
  models: DmmfModel[];
  enums: { name: string; values: { name: string }[] }[];
  indexes: DmmfIndex[];
}

export async function describeSchema(schemaPath = path.join(process.cwd(), "prisma", "schema.prisma")) {
  // @prisma/internals is CommonJS and large; load it only where the drift test needs it.
  const { getDMMF } = (await import("@prisma/internals")).default;
  const dmmf = await getDMMF({ datamodel: await readFile(schemaPath, "utf8") });
  return describeDatamodel(dmmf.datamodel as unknown as Datamodel);
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Decimal: "numeric(65,30)",
  Boolean: "bool",
  DateTime: "timestamp(3)",
  Json: "jsonb",
  Bytes: "bytea",
};

function columnType(field: DmmfField): string {
  if (field.kind === "enum") return field.type;
  const native = field.nativeType;
  if (native) {
    const [name, args] = native;
    const base = name.toLowerCase();
    const mapped = base === "varchar" ? "varchar" : base === "integer" ? "int4" : base;
    return args.length ? `${mapped}(${args.join(",")})` : mapped;
  }
  const mapped = SCALAR_TYPES[field.type];
  if (!mapped) throw new Error(`No PostgreSQL type known for Prisma type ${field.type}`);
  return mapped;
}

function columnDefault(field: DmmfField): string {
  const d = field.default;
  if (d === undefined || field.isUpdatedAt) return "none";
  if (typeof d === "object" && d !== null && "name" in d) {
    const fn = (d as { name: string }).name;
    if (fn === "now") return "CURRENT_TIMESTAMP";
    if (fn === "autoincrement") return "autoincrement";
    if (fn === "cuid" || fn === "uuid" || fn === "nanoid" || fn === "ulid") return "none";
    return `${fn}()`;
  }
  if (field.kind === "enum") return `'${String(d)}'`;
  if (typeof d === "string") return `'${d}'`;
  return String(d);
}

const REFERENTIAL: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  SetNull: "SET NULL",
  NoAction: "NO ACTION",
  SetDefault: "SET DEFAULT",
};

export function describeDatamodel(dm: Datamodel): string[] {
  const lines: string[] = [];
  const tableOf = new Map(dm.models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: DmmfModel, field: string) =>
    model.fields.find((f) => f.name === field)?.dbName ?? field;

  for (const e of dm.enums) lines.push(`enum ${e.name} (${e.values.map((v) => v.name).join(", ")})`);

  for (const model of dm.models) {
    const table = tableOf.get(model.name)!;
    lines.push(`table ${table}`);
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (!field.relationFromFields?.length) continue;
        const cols = field.relationFromFields.map((f) => columnOf(model, f));
        const target = dm.models.find((m) => m.name === field.type)!;
        const refCols = (field.relationToFields ?? []).map((f) => columnOf(target, f));
        const anyOptional = field.relationFromFields.some((f) => !model.fields.find((x) => x.name === f)?.isRequired);
        const onDelete = field.relationOnDelete ?? (anyOptional ? "SetNull" : "Restrict");
        lines.push(
          `fk ${table}_${cols.join("_")}_fkey ${table}(${cols.join(",")}) -> ${tableOf.get(target.name)}(${refCols.join(",")}) ` +
            `on delete ${REFERENTIAL[onDelete]} on update CASCADE`,
        );
        continue;
      }
      const type = columnType(field) + (field.isList ? "[]" : "");
      lines.push(
        `column ${table}.${field.dbName ?? field.name} ${type} ${field.isRequired ? "not null" : "null"} default ${columnDefault(field)}`,
      );
    }
  }

  for (const index of dm.indexes) {
    const model = dm.models.find((m) => m.name === index.model)!;
    const table = tableOf.get(model.name)!;
    const cols = index.fields.map((f) => columnOf(model, f.name));
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${cols.join("_")}_${suffix}`);
    lines.push(`index ${name} ${index.type === "normal" ? "index" : index.type} ${table}(${cols.join(",")})`);
  }
  return lines.sort();
}

const ACTION_CODES: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

export async function describeDatabase(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const lines: string[] = [];
    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`);
    for (const e of enums.rows) lines.push(`enum ${e.name} (${e.values.join(", ")})`);

    const tables = await client.query<{ name: string }>(`
      SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`);
    for (const t of tables.rows) lines.push(`table ${t.name}`);

    const columns = await client.query<{
      table: string; column: string; udt: string; nullable: string; def: string | null;
      precision: number | null; length: number | null; numprec: number | null; numscale: number | null; dims: string;
    }>(`
      SELECT c.table_name AS table, c.column_name AS column, c.udt_name AS udt, c.is_nullable AS nullable,
             c.column_default AS def, c.datetime_precision AS precision, c.character_maximum_length AS length,
             c.numeric_precision AS numprec, c.numeric_scale AS numscale, c.data_type AS dims
        FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'`);
    for (const c of columns.rows) {
      const isArray = c.udt.startsWith("_");
      const udt = isArray ? c.udt.slice(1) : c.udt;
      let type = udt;
      if (udt === "timestamp" || udt === "timestamptz" || udt === "time" || udt === "timetz") type = `${udt}(${c.precision})`;
      else if (udt === "varchar" || udt === "bpchar") type = c.length === null ? udt : `${udt}(${c.length})`;
      else if (udt === "numeric") type = `numeric(${c.numprec},${c.numscale})`;
      lines.push(
        `column ${c.table}.${c.column} ${type}${isArray ? "[]" : ""} ${c.nullable === "YES" ? "null" : "not null"} default ${normaliseDefault(c.def)}`,
      );
    }

    const indexes = await client.query<{ name: string; table: string; primary: boolean; unique: boolean; cols: string[] }>(`
      SELECT i.relname AS name, t.relname AS table, x.indisprimary AS primary, x.indisunique AS unique,
             array(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS cols
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
    for (const i of indexes.rows) {
      const kind = i.primary ? "id" : i.unique ? "unique" : "index";
      lines.push(`index ${i.name} ${kind} ${i.table}(${i.cols.join(",")})`);
    }

    const fks = await client.query<{ name: string; table: string; cols: string[]; ref: string; refcols: string[]; del: string; upd: string }>(`
      SELECT c.conname AS name, t.relname AS table, r.relname AS ref, c.confdeltype AS del, c.confupdtype AS upd,
             array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS cols,
             array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS refcols
        FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`);
    for (const f of fks.rows) {
      lines.push(
        `fk ${f.name} ${f.table}(${f.cols.join(",")}) -> ${f.ref}(${f.refcols.join(",")}) ` +
          `on delete ${ACTION_CODES[f.del]} on update ${ACTION_CODES[f.upd]}`,
      );
    }
    return lines.sort();
  } finally {
    await client.end();
  }
}

function normaliseDefault(def: string | null): string {
  if (def === null) return "none";
  if (def.startsWith("nextval(")) return "autoincrement";
  // 'DRAFT'::"EventStatus" → 'DRAFT';  'x'::text → 'x'
  const cast = /^('(?:[^']|'')*')::.+$/.exec(def);
  if (cast) return cast[1]!;
  return def;
}
