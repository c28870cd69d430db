// Co-financing activity import (issue 13, ADR 033): an activity file (the calculation package's format,
// Danish or English headers, comma or semicolon, .csv or .xlsx) lands whole or not at all. Rows are
// validated by the package's streaming importer; on a real PostgreSQL they are bulk loaded with COPY on a
// connection of their own, on the embedded one inserted in batches inside a Prisma transaction. One batch
// per municipality in the file; a period already imported is refused unless `replace`, and a replaced batch
// stays in the history (superseded). Only aggregated rows: counts and amounts per group, never a citizen.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  AGE_GROUPS,
  BASES,
  CONTACT_TYPES,
  InputError,
  SECTORS,
  importActivityCsv,
  type ActivityRow,
} from '@sundhed/calc';
import { cofinancingMessages as m } from '@sundhed/shared';
import type { Db } from '../../db/prisma';
import { connectionUrlOf } from '../../db/prisma';
import { embeddedUrls } from '../../db/embeddedUrls';
import { cellText } from '../projects/actualsImport';
import { diagnosisCode } from './diagnosisNames';

export type SourceKind = 'ESUNDHED' | 'REGIONAL' | 'ACCOUNTS';
export type Granularity = 'MONTH' | 'YEAR';

export interface ActivityImportOptions {
  fileName: string;
  sourceKind: SourceKind;
  sourceText: string;
  granularity: Granularity;
  replace: boolean;
  synthetic?: boolean;
  userName: string;
}

export interface ImportIssue {
  line: number;
  column: string | null;
  message: string;
}

/** The row report: what was stored, or every refused line (then nothing is stored). */
export interface ActivityImportReport {
  imported: number;
  payments: number;
  batches: { municipality: string; periodFrom: string; periodTo: string; replaced: number }[];
  /** True when the only problem is a period already imported: ask "Erstat perioden?" and send replace. */
  periodTaken: boolean;
  errors: ImportIssue[];
}

const ACTIVITY = BASES.indexOf('activity');
const ACONTO = BASES.indexOf('aconto');
/** Outside co-financing: særlige pladser and the 100 % municipal items are stored but not summed. */
const NOT_SUMMED = [
  'saerlige_pladser',
  'faerdigbehandlet',
  'ambulant_genoptraening',
  'specialiseret_genoptraening',
  'hospice',
];
const NOT_SUMMED_CODES = CONTACT_TYPES.map((c) => NOT_SUMMED.includes(c));
const ENGLISH = Object.keys(m.columns);
const fold = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/^\uFEFF/, '')
    .replace(/[\s.()-]+/g, '_')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/_+$/, '');
const COLUMN_BY_NAME = new Map<string, string>([
  ...ENGLISH.map((e) => [fold(e), e] as const),
  ...Object.entries(m.columns).map(([e, d]) => [fold(d), e] as const),
  ...Object.entries(m.columnAliases).map(([a, e]) => [fold(a), e] as const),
]);

class Rejected extends Error {
  constructor(
    readonly errors: ImportIssue[],
    readonly periodTaken = false,
  ) {
    super('import rejected');
  }
}

/** Statements the import runs, on a pg client (real PostgreSQL) or a Prisma transaction (embedded). */
interface Ops {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
  writer(): RowWriter;
}
interface RowWriter {
  add(values: (string | number | null)[]): void;
  ready(): Promise<void>;
  finish(): Promise<void>;
}

const COLUMNS = `("importId","line","year","month","sector","contactType","ageGroup","drgGroup","diagnosisGroup","count","tariffValue","amount")`;

function copyText(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v)
    ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : v;
}

function copyWriter(client: pg.Client): RowWriter {
  const stream = client.query(copyFrom(`COPY "CofinancingActivity" ${COLUMNS} FROM STDIN`));
  let buffer = '';
  let failure: unknown = null;
  stream.on('error', (e) => (failure = e));
  const flush = () => {
    if (buffer) stream.write(buffer);
    buffer = '';
  };
  return {
    add(values) {
      buffer += values.map(copyText).join('\t') + '\n';
      if (buffer.length > 65536) flush();
    },
    async ready() {
      if (failure) throw failure instanceof Error ? failure : new Error('COPY failed');
      if (stream.writableNeedDrain) await once(stream, 'drain');
    },
    async finish() {
      flush();
      stream.end();
      await finished(stream);
    },
  };
}

function insertWriter(query: Ops['query']): RowWriter {
  let rows: (string | number | null)[][] = [];
  const flush = async () => {
    if (!rows.length) return;
    const batch = rows;
    rows = [];
    const params = batch.flat();
    const values = batch.map((_, r) => `(${Array.from({ length: 12 }, (__, c) => `$${r * 12 + c + 1}`).join(',')})`);
    await query(`INSERT INTO "CofinancingActivity" ${COLUMNS} VALUES ${values.join(',')}`, params);
  };
  return {
    add(values) {
      rows.push(values);
    },
    async ready() {
      if (rows.length >= 2000) await flush();
    },
    finish: flush,
  };
}

/**
 * The first line with its column names mapped to the English ones; unknown names refused. The rest
 * passes through as it came: bytes stay bytes, so the calculation package reads them without decoding
 * (ADR 061).
 */
async function* normalised(
  input: AsyncIterable<string | Buffer>,
  headerNames: Map<string, string>,
  writer: () => RowWriter | null,
): AsyncIterable<string | Uint8Array> {
  const head: Buffer[] = [];
  let headerDone = false;
  for await (const chunk of input) {
    if (headerDone) {
      await writer()?.ready();
      yield chunk;
      continue;
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    head.push(bytes);
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) continue;
    headerDone = true;
    const first = Buffer.concat(head);
    const end = first.length - bytes.length + newline;
    yield Buffer.concat([Buffer.from(rewriteHeader(headerText(first, end), headerNames)), first.subarray(end)]);
  }
  if (!headerDone && head.length) {
    const first = Buffer.concat(head);
    yield rewriteHeader(headerText(first, first.length), headerNames);
  }
}

/** The header's text without a byte order mark (as TextDecoder gave it before). */
function headerText(bytes: Uint8Array, end: number): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, end));
}

function rewriteHeader(line: string, headerNames: Map<string, string>): string {
  const raw = line.replace(/\r$/, '');
  const separator = raw.split(';').length > raw.split(',').length ? ';' : ',';
  const issues: ImportIssue[] = [];
  const names = raw.split(separator).map((n) => n.trim().replace(/^"|"$/g, ''));
  const english = names.map((n) => {
    const e = COLUMN_BY_NAME.get(fold(n));
    if (!e) issues.push({ line: 1, column: n, message: m.unknownColumn(n) });
    else headerNames.set(e, n);
    return e ?? n;
  });
  if (issues.length) throw new Rejected(issues);
  return english.join(separator);
}

/** A sheet as semicolon-separated lines (numbers with a decimal comma, as the parser expects then). */
export async function* xlsxLines(file: Buffer): AsyncIterable<string> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new Rejected([{ line: 0, column: null, message: m.unreadable }]);
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new Rejected([{ line: 0, column: null, message: m.noRows }]);
  const width = sheet.getRow(1).cellCount;
  for (let n = 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      let v = row.getCell(c).value;
      if (v && typeof v === 'object' && 'result' in v) v = v.result;
      let text = typeof v === 'number' ? String(v).replace('.', ',') : cellText(v);
      if (/[;"\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
      cells.push(text);
    }
    yield cells.join(';') + '\n';
  }
}

const monthIndex = (year: number, month: number) => year * 12 + month - 1;
const isoMonthStart = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
function isoMonthEnd(i: number): string {
  const year = Math.floor(i / 12);
  const month = (i % 12) + 1;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const danishMonth = (iso: string) => `${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

interface Batch {
  id: string;
  municipalityId: string;
  name: string;
  first: number;
  last: number;
  activity: number;
  payments: number;
  /** Sums per month index: count, tariff value, amount, contacts without an amount. */
  months: Map<number, MonthSums>;
}

interface MonthSums {
  total: number[];
  sector: number[][];
  contactType: number[][];
  ageGroup: number[][];
  diagnosisGroup: Map<string, number[]>;
}
const zeros = (n: number) => Array.from({ length: n }, () => [0, 0, 0, 0]);
const monthSums = (): MonthSums => ({
  total: [0, 0, 0, 0],
  sector: zeros(SECTORS.length),
  contactType: zeros(CONTACT_TYPES.length),
  ageGroup: zeros(AGE_GROUPS.length),
  diagnosisGroup: new Map(),
});

export async function importActivity(
  db: Db,
  input: AsyncIterable<string | Buffer>,
  options: ActivityImportOptions,
): Promise<ActivityImportReport> {
  const municipalities = await db.municipality.findMany({
    where: { code: { not: null } },
    select: { id: true, code: true, name: true },
  });
  const byCode = new Map(municipalities.map((mu) => [mu.code!, mu]));
  const url = connectionUrlOf(db);
  try {
    if (url && !embeddedUrls.has(url)) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query('SET LOCAL statement_timeout = 0');
        const ops: Ops = {
          query: async <T>(sql: string, params: unknown[]) => (await client.query(sql, params)).rows as T[],
          writer: () => copyWriter(client),
        };
        const report = await run(ops, byCode, input, options);
        await client.query('COMMIT');
        return report;
      } finally {
        // Without COMMIT, closing the connection aborts the transaction, also while a COPY is still open on it.
        await client.end().catch(() => undefined);
      }
    }
    return await db.$transaction(
      async (tx) => {
        const query = <T>(sql: string, params: unknown[]) => tx.$queryRawUnsafe<T[]>(sql, ...params);
        return run({ query, writer: () => insertWriter(query) }, byCode, input, options);
      },
      { timeout: 600_000, maxWait: 30_000 },
    );
  } catch (e) {
    if (e instanceof Rejected)
      return { imported: 0, payments: 0, batches: [], periodTaken: e.periodTaken, errors: e.errors };
    throw e;
  }
}

async function run(
  ops: Ops,
  byCode: Map<string, { id: string; code: string | null; name: string }>,
  input: AsyncIterable<string | Buffer>,
  options: ActivityImportOptions,
): Promise<ActivityImportReport> {
  const headerNames = new Map<string, string>();
  const label = (english: string | undefined) => (english ? (headerNames.get(english) ?? english) : null);
  let writer: RowWriter | null = null;
  const batches = new Map<string, Batch>();
  const issues: ImportIssue[] = [];
  const payments: (string | number)[][] = [];
  let imported = 0;
  const sink = {
    add(row: ActivityRow) {
      const municipality = byCode.get(row.municipalityCode);
      if (!municipality) {
        issues.push({
          line: row.line,
          column: label('municipality_code'),
          message: m.unknownMunicipality(row.municipalityCode),
        });
        return;
      }
      if (issues.length) return;
      // "Lungebetændelse (DJ18)" (the example file's label) and "dj18" are stored as the code, DJ18.
      if (row.diagnosisGroup) row.diagnosisGroup = diagnosisCode(row.diagnosisGroup);
      let batch = batches.get(municipality.id);
      const at = monthIndex(row.year, row.month);
      if (!batch) {
        batch = {
          id: randomUUID(),
          municipalityId: municipality.id,
          name: municipality.name,
          first: at,
          last: at,
          activity: 0,
          payments: 0,
          months: new Map(),
        };
        batches.set(municipality.id, batch);
      }
      if (at < batch.first) batch.first = at;
      if (at > batch.last) batch.last = at;
      if (row.basis === ACTIVITY) {
        batch.activity++;
        imported++;
        writer ??= ops.writer();
        if (!NOT_SUMMED_CODES[row.contactType]) {
          let sums = batch.months.get(at);
          if (!sums) batch.months.set(at, (sums = monthSums()));
          const amountless = Number.isNaN(row.kmfAmount);
          const v0 = row.activityCount;
          const v1 = row.activityCount * row.tariff;
          const v2 = amountless ? 0 : row.kmfAmount;
          const v3 = amountless ? row.activityCount : 0;
          let diag = sums.diagnosisGroup.get(row.diagnosisGroup || '-');
          if (!diag) sums.diagnosisGroup.set(row.diagnosisGroup || '-', (diag = [0, 0, 0, 0]));
          for (const v of [
            sums.total,
            sums.sector[row.sector]!,
            sums.contactType[row.contactType]!,
            sums.ageGroup[row.ageGroup]!,
            diag,
          ]) {
            v[0]! += v0;
            v[1]! += v1;
            v[2]! += v2;
            v[3]! += v3;
          }
        }
        writer.add([
          batch.id,
          row.line,
          row.year,
          row.month,
          SECTORS[row.sector]!,
          CONTACT_TYPES[row.contactType]!,
          AGE_GROUPS[row.ageGroup]!,
          row.drgGroup || null,
          row.diagnosisGroup || null,
          row.activityCount,
          row.activityCount * row.tariff,
          Number.isNaN(row.kmfAmount) ? null : row.kmfAmount,
        ]);
      } else {
        batch.payments++;
        payments.push([
          batch.id,
          row.line,
          row.year,
          row.month,
          row.basis === ACONTO ? 'ACONTO' : 'SETTLEMENT',
          row.kmfAmount,
        ]);
      }
    },
  };
  try {
    await importActivityCsv(
      normalised(input, headerNames, () => writer),
      [sink],
    );
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    for (const issue of e.issues)
      issues.push({ line: issue.line ?? 0, column: label(issue.column), message: issue.message });
  }
  if (issues.length) throw new Rejected(issues.sort((a, b) => a.line - b.line));
  if (!batches.size) throw new Rejected([{ line: 1, column: null, message: m.noRows }]);
  await (writer as RowWriter | null)?.finish();

  // An earlier batch is replaced whole or not at all: a file for one month of an eight-year batch would
  // otherwise stop all eight years from counting. Such a file is refused (nothing to ask), naming the batch.
  const conflicts: ImportIssue[] = [];
  const partial: ImportIssue[] = [];
  const replaced = new Map<string, string[]>();
  for (const b of batches.values()) {
    const from = isoMonthStart(b.first);
    const to = isoMonthEnd(b.last);
    // Dates as text ('YYYY-MM-DD'): the same from pg and from Prisma, whatever the process's time zone.
    const taken = await ops.query<{ id: string; periodFrom: string; periodTo: string; fileName: string }>(
      `SELECT "id", "periodFrom"::text AS "periodFrom", "periodTo"::text AS "periodTo", "fileName" FROM "CofinancingImport"
        WHERE "municipalityId" = $1 AND "supersededById" IS NULL AND "periodFrom" <= $2::date AND "periodTo" >= $3::date
        FOR UPDATE`,
      [b.municipalityId, to, from],
    );
    for (const t of taken) {
      const earlierFrom = t.periodFrom;
      const earlierTo = t.periodTo;
      if (earlierFrom < from || earlierTo > to)
        partial.push({
          line: 0,
          column: null,
          message: m.periodPartlyTaken(
            b.name,
            danishMonth(from),
            danishMonth(to),
            danishMonth(earlierFrom),
            danishMonth(earlierTo),
            t.fileName,
          ),
        });
    }
    if (taken.length && !options.replace)
      conflicts.push({ line: 0, column: null, message: m.periodTaken(b.name, danishMonth(from), danishMonth(to)) });
    replaced.set(
      b.id,
      taken.map((t) => t.id),
    );
  }
  if (partial.length) throw new Rejected(partial);
  if (conflicts.length) throw new Rejected(conflicts, true);

  for (const b of batches.values()) {
    await ops.query(
      `INSERT INTO "CofinancingImport" ("id","municipalityId","periodFrom","periodTo","granularity","sourceKind","sourceText","fileName","synthetic","activityRows","paymentRows","importedByName")
       VALUES ($1,$2,$3::date,$4::date,$5::"CofinancingGranularity",$6::"CofinancingSourceKind",$7,$8,$9,$10,$11,$12)`,
      [
        b.id,
        b.municipalityId,
        isoMonthStart(b.first),
        isoMonthEnd(b.last),
        options.granularity,
        options.sourceKind,
        options.sourceText,
        options.fileName,
        options.synthetic ?? false,
        b.activity,
        b.payments,
        options.userName,
      ],
    );
    const old = replaced.get(b.id) ?? [];
    if (old.length)
      await ops.query(`UPDATE "CofinancingImport" SET "supersededById" = $1 WHERE "id" = ANY($2::text[])`, [b.id, old]);
  }
  for (let i = 0; i < payments.length; i += 1000) {
    const chunk = payments.slice(i, i + 1000);
    await ops.query(
      `INSERT INTO "CofinancingPayment" ("importId","line","year","month","kind","amount") VALUES ${chunk
        .map(
          (_, r) =>
            `($${r * 6 + 1},$${r * 6 + 2},$${r * 6 + 3},$${r * 6 + 4},$${r * 6 + 5}::"CofinancingPaymentKind",$${r * 6 + 6})`,
        )
        .join(',')}`,
      chunk.flat(),
    );
  }
  // The page's monthly sums per breakdown, counted while reading (no aggregate over the rows).
  const summary: { batch: Batch; year: number; month: number; dimension: string; key: string; v: number[] }[] = [];
  for (const batch of batches.values()) {
    for (const [at, sums] of batch.months) {
      const year = Math.floor(at / 12);
      const month = (at % 12) + 1;
      const add = (dimension: string, key: string, v: number[]) => {
        if (v[0] !== 0 || v[2] !== 0) summary.push({ batch, year, month, dimension, key, v });
      };
      add('total', '', sums.total);
      sums.sector.forEach((v, i) => add('sector', SECTORS[i]!, v));
      sums.contactType.forEach((v, i) => add('contactType', CONTACT_TYPES[i]!, v));
      sums.ageGroup.forEach((v, i) => add('ageGroup', AGE_GROUPS[i]!, v));
      for (const [key, v] of sums.diagnosisGroup) add('diagnosisGroup', key, v);
    }
  }
  for (let i = 0; i < summary.length; i += 1000) {
    const chunk = summary.slice(i, i + 1000);
    await ops.query(
      `INSERT INTO "CofinancingSummary" ("importId","municipalityId","year","month","dimension","key","count","tariffValue","amount","uncomputed") VALUES ${chunk
        .map((_, r) => `(${Array.from({ length: 10 }, (__, c) => `$${r * 10 + c + 1}`).join(',')})`)
        .join(',')}`,
      chunk.flatMap((x) => [x.batch.id, x.batch.municipalityId, x.year, x.month, x.dimension, x.key, ...x.v]),
    );
  }
  // The same sums per year (ADR 068): the comparison levels read every municipality's year at once.
  await ops.query(
    `INSERT INTO "CofinancingYearSummary" ("importId","municipalityId","year","dimension","key","amount")
     SELECT "importId", "municipalityId", "year", "dimension", "key", sum("amount") FROM "CofinancingSummary"
      WHERE "importId" = ANY($1::text[]) AND "dimension" <> 'total'
      GROUP BY "importId", "municipalityId", "year", "dimension", "key"`,
    [[...batches.values()].map((b) => b.id)],
  );
  return {
    imported,
    payments: payments.length,
    batches: [...batches.values()].map((b) => ({
      municipality: b.name,
      periodFrom: isoMonthStart(b.first),
      periodTo: isoMonthEnd(b.last),
      replaced: replaced.get(b.id)?.length ?? 0,
    })),
    periodTaken: false,
    errors: [],
  };
}

export { Rejected as ActivityImportRejected };
