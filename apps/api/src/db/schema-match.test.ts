// Proves that the hand-written migrations produce exactly the database schema.prisma describes:
// every table, column (type, nullability, default), primary key, foreign key, unique constraint and index.
import pg from 'pg';
import { loadExpectedSchema, type ExpectedSchema } from './expectedSchema';
import { schemaPath } from './paths';
import { cloneTestDatabase, type TestDatabase } from '../../test/testDatabase';

let database: TestDatabase;
let client: pg.Client;
let expected: ExpectedSchema;

beforeAll(async () => {
  database = await cloneTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  expected = await loadExpectedSchema(schemaPath);
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

/**
 * Allow-list of raw-SQL columns: declared in schema.prisma as Unsupported(...) fields, which Prisma's
 * DMMF leaves out, so the expected schema cannot know them. Each entry must still exist with exactly
 * this type and nullability; nothing else is excused. (ADR 007: the offer search document.)
 */
const rawSqlColumns: Record<string, Record<string, object>> = {
  Offer: { searchVector: { type: 'tsvector', nullable: true } },
};

/**
 * Allow-list of raw-SQL tables: models marked @@ignore in schema.prisma (a column type Prisma lacks), which
 * the DMMF leaves out. Each must exist with exactly these columns and indexes. (ADR 044: the search index's
 * change log, xid8.)
 */
const rawSqlTables: Record<string, { columns: Record<string, object>; indexes: string[][] }> = {
  OfferSearchChange: {
    columns: {
      xid: { type: 'xid8', nullable: false, default: 'pg_current_xact_id()' },
      offerId: { type: 'text', nullable: false },
      municipalityId: { type: 'text', nullable: false },
      changedAt: { type: 'timestamp(3) with time zone', nullable: false, default: 'CURRENT_TIMESTAMP' },
    },
    indexes: [['xid'], ['changedAt']],
  },
};
const rawSqlIndexes = Object.entries(rawSqlTables).flatMap(([table, t]) =>
  t.indexes.map((columns) => ({ name: `${table}_${columns.join('_')}_idx`, table, columns, unique: false })),
);

async function rows<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  return (await client.query<T>(sql)).rows;
}

test('the database has exactly the tables of schema.prisma (plus _prisma_migrations)', async () => {
  const tables = await rows<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  const actual = tables
    .map((t) => t.table_name)
    .filter((t) => t !== '_prisma_migrations')
    .sort();
  expect(actual).toEqual([...Object.keys(expected.tables), ...Object.keys(rawSqlTables)].sort());
});

test('every enum has the values of schema.prisma', async () => {
  const enums = await rows<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  );
  expect(Object.fromEntries(enums.map((e) => [e.name, e.values]))).toEqual(expected.enums);
});

test('every column has the type, nullability and default of its field', async () => {
  const columns = await rows<{
    table: string;
    column: string;
    type: string;
    nullable: boolean;
    default: string | null;
  }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
            NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
  );
  const actual: Record<string, Record<string, object>> = {};
  for (const c of columns) {
    const table = (actual[c.table] ??= {});
    table[c.column] = { type: c.type, nullable: c.nullable, ...(c.default ? { default: c.default } : {}) };
  }
  const wanted = Object.fromEntries([
    ...Object.entries(expected.tables).map(([t, v]) => [t, { ...v.columns, ...rawSqlColumns[t] }]),
    ...Object.entries(rawSqlTables).map(([t, v]) => [t, v.columns]),
  ]);
  expect(actual).toEqual(wanted);
});

test('every primary key, foreign key and index is there, and no other', async () => {
  const pks = await rows<{ table: string; columns: string[] }>(
    `SELECT c.conrelid::regclass::text AS table,
            array_agg(a.attname ORDER BY k.ord)::text[] AS columns
       FROM pg_constraint c
       CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'p' AND c.connamespace = 'public'::regnamespace
        AND c.conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')
      GROUP BY c.conrelid`,
  );
  const strip = (t: string) => t.replace(/"/g, '');
  expect(Object.fromEntries(pks.map((p) => [strip(p.table), p.columns]))).toEqual(
    Object.fromEntries(Object.entries(expected.tables).map(([t, v]) => [t, v.primaryKey])),
  );

  const fks = await rows<{
    name: string;
    table: string;
    columns: string[];
    ref_table: string;
    ref_columns: string[];
    on_delete: string;
  }>(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS ref_table,
            (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
            (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS ref_columns,
            CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                               WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END AS on_delete
       FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  const actualFks = fks
    .map((f) => ({
      name: f.name,
      table: strip(f.table),
      columns: f.columns,
      refTable: strip(f.ref_table),
      refColumns: f.ref_columns,
      onDelete: f.on_delete,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  expect(actualFks).toEqual([...expected.foreignKeys].sort((a, b) => a.name.localeCompare(b.name)));

  const indexes = await rows<{ name: string; table: string; columns: string[]; unique: boolean }>(
    `SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique,
            array_agg(a.attname ORDER BY k.ord)::text[] AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE NOT ix.indisprimary AND t.relname <> '_prisma_migrations'
      GROUP BY i.relname, t.relname, ix.indisunique`,
  );
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  expect(indexes.sort(byName)).toEqual([...expected.indexes, ...rawSqlIndexes].sort(byName));
});
