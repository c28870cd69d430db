// Inserts the rows of many tables in ONE SQL statement: each table's rows travel as a single JSON
// parameter, expanded by json_populate_recordset, and the tables are chained as writable CTEs in
// parent-before-child order (foreign keys are checked at the end of the statement).
//
// Why not one Prisma createMany per table: on the embedded database (PGlite, WebAssembly, one
// connection) createMany cost ~0.3 ms per bound parameter and ~20 ms per statement, 1.9–2.3 s for
// the demo seed; this statement takes about half or less (measure with benchEmbeddedSeed.ts).
// Rows are still built by the typed factories (Prisma createMany inputs).
import type { Prisma } from '../__generated__/prisma/client';

export interface TableRows {
  table: Prisma.ModelName;
  rows: readonly object[];
}

/** Quotes an identifier that comes from code (model or field names), never from input. */
function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Unexpected identifier: ${name}`);
  return `"${name}"`;
}

/**
 * The statement and its parameters. Only the columns the rows carry are inserted, so the others
 * keep their database defaults (e.g. StaffUser.createdAt).
 */
export function bulkInsertStatement(batches: readonly TableRows[]): { sql: string; params: string[] } {
  const nonEmpty = batches.filter((b) => b.rows.length > 0);
  const inserts = nonEmpty.map(({ table, rows }, i) => {
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].map(ident).join(', ');
    const t = ident(table);
    return `INSERT INTO ${t} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${t}, $${i + 1}::json)`;
  });
  const last = inserts.pop();
  if (!last) return { sql: '', params: [] };
  const ctes = inserts.map((sql, i) => `i${i} AS (${sql})`);
  const sql = ctes.length ? `WITH ${ctes.join(',\n')}\n${last}` : last;
  return { sql, params: nonEmpty.map((b) => JSON.stringify(b.rows)) };
}

export async function bulkInsert(tx: Prisma.TransactionClient, batches: readonly TableRows[]): Promise<void> {
  const { sql, params } = bulkInsertStatement(batches);
  if (sql) await tx.$executeRawUnsafe(sql, ...params);
}
