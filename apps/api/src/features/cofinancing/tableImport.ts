// Population (Danmarks Statistik-shaped: område, alder, tid, indhold) and preventable admissions (counts per
// eSundhed group) for the co-financing page (issue 13). Small files: read whole with csv-parse or exceljs,
// checked row by row, stored in one transaction or not at all, each row with a Source naming the file.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { PREVENTABLE_GROUPS } from '@sundhed/calc';
import { cofinancingMessages as m, isoToDate, now, today } from '@sundhed/shared';
import type { Db } from '../../db/prisma';
import type { ImportIssue } from './activityImport';
import { cellText } from '../projects/actualsImport';

export interface TableImportReport {
  imported: number;
  errors: ImportIssue[];
}

/** Rows of cells as text, the header first: CSV (comma or semicolon) or the first sheet of an .xlsx. */
export async function readTable(file: Buffer, xlsx: boolean): Promise<string[][] | ImportIssue> {
  if (xlsx) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(file as unknown as ArrayBuffer);
    } catch {
      return { line: 0, column: null, message: m.unreadable };
    }
    const sheet = book.worksheets[0];
    if (!sheet) return { line: 0, column: null, message: m.noRows };
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, n) => {
        cells[n - 1] = cellText(cell.value);
      });
      rows.push(Array.from(cells, (c) => c ?? ''));
    });
    return rows;
  }
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  const first = text.split('\n', 1)[0] ?? '';
  const delimiter = first.split(';').length > first.split(',').length ? ';' : ',';
  try {
    const rows: string[][] = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true });
    return rows;
  } catch (e) {
    return { line: 0, column: null, message: (e as Error).message };
  }
}

const fold = (s: string) => s.trim().toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');

function header<K extends string>(
  row: string[],
  names: Record<K, string>,
  aliases: Record<string, string>,
): Map<K, number> | ImportIssue[] {
  const byName = new Map<string, K>(Object.entries(names).map(([k, v]) => [fold(v as string), k as K]));
  for (const [alias, key] of Object.entries(aliases)) byName.set(fold(alias), key as K);
  const found = new Map<K, number>();
  const issues: ImportIssue[] = [];
  row.forEach((name, i) => {
    if (!name) return;
    const key = byName.get(fold(name));
    if (!key) issues.push({ line: 1, column: name, message: m.unknownColumn(name) });
    else found.set(key, i);
  });
  for (const [key, name] of Object.entries(names) as [K, string][])
    if (!found.has(key)) issues.push({ line: 1, column: name, message: m.missingColumn(name) });
  return issues.length ? issues : found;
}

function ageGroupOf(raw: string): string | null {
  const t = raw.trim().toLowerCase();
  if (['0-2', '3-64', '65-79', '80+'].includes(t)) return t;
  const n = /^(\d{1,3})(\s*år)?(\s*og derover)?$/.exec(t);
  if (!n) return null;
  const age = Number(n[1]);
  return age <= 2 ? '0-2' : age <= 64 ? '3-64' : age <= 79 ? '65-79' : '80+';
}

async function municipalityLookup(db: Db) {
  const all = await db.municipality.findMany({
    where: { code: { not: null } },
    select: { id: true, code: true, name: true },
  });
  const map = new Map<string, string>();
  for (const mu of all) {
    map.set(mu.code!, mu.id);
    map.set(fold(mu.name), mu.id);
    map.set(fold(mu.name.replace(/ (Kommune|Regionskommune)$/, '').replace(/s$/, '')), mu.id);
    map.set(fold(mu.name.replace(/ (Kommune|Regionskommune)$/, '')), mu.id);
  }
  return map;
}

async function source(db: Db, fileName: string, sourceText: string) {
  const at = now();
  return db.source.create({
    data: {
      documentKey: `medfinansiering-${at.toISOString()}`,
      title: sourceText,
      section: fileName,
      date: isoToDate(today(at)),
    },
  });
}

export async function importPopulation(
  db: Db,
  file: Buffer,
  opts: { xlsx: boolean; fileName: string; sourceText: string },
): Promise<TableImportReport> {
  const rows = await readTable(file, opts.xlsx);
  if (!Array.isArray(rows)) return { imported: 0, errors: [rows] };
  if (rows.length < 2) return { imported: 0, errors: [{ line: 1, column: null, message: m.noRows }] };
  const cols = header(rows[0]!, m.populationColumns, m.populationAliases);
  if (Array.isArray(cols)) return { imported: 0, errors: cols };
  const lookup = await municipalityLookup(db);
  const errors: ImportIssue[] = [];
  const sums = new Map<string, { municipalityId: string; year: number; ageGroup: string; population: number }>();
  const c = m.populationColumns;
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const cell = (k: keyof typeof c) => (row[cols.get(k)!] ?? '').trim();
    if (row.every((v) => !v.trim())) return;
    const before = errors.length;
    const municipalityId = lookup.get(cell('municipality')) ?? lookup.get(fold(cell('municipality')));
    if (!municipalityId)
      errors.push({ line, column: c.municipality, message: m.unknownMunicipalityName(cell('municipality')) });
    const yearRaw = cell('year');
    const y = /^(\d{4})(K([1-4]))?$/i.exec(yearRaw);
    if (!y || Number(y[1]) < 2000 || Number(y[1]) > 2100)
      errors.push({ line, column: c.year, message: m.badYear(yearRaw) });
    else if (y[3] && y[3] !== '1') errors.push({ line, column: c.year, message: m.otherQuarter(yearRaw) });
    const ageGroup = ageGroupOf(cell('age'));
    if (!ageGroup) errors.push({ line, column: c.age, message: m.badAge(cell('age')) });
    const count = Number(cell('count').replace(/\./g, ''));
    if (!Number.isInteger(count) || count < 0)
      errors.push({ line, column: c.count, message: m.badCount(cell('count')) });
    if (errors.length > before) return;
    const key = `${municipalityId}|${y![1]}|${ageGroup}`;
    const sum = sums.get(key) ?? {
      municipalityId: municipalityId!,
      year: Number(y![1]),
      ageGroup: ageGroup!,
      population: 0,
    };
    sum.population += count;
    sums.set(key, sum);
  });
  if (errors.length) return { imported: 0, errors };
  if (!sums.size) return { imported: 0, errors: [{ line: 1, column: null, message: m.noRows }] };
  await db.$transaction(async (tx) => {
    const src = await source(tx as unknown as Db, opts.fileName, opts.sourceText);
    for (const s of sums.values())
      await tx.cofinancingPopulation.upsert({
        where: {
          municipalityId_year_ageGroup: { municipalityId: s.municipalityId, year: s.year, ageGroup: s.ageGroup },
        },
        create: { ...s, sourceId: src.id },
        update: { population: s.population, sourceId: src.id },
      });
  });
  return { imported: sums.size, errors: [] };
}

export async function importPreventable(
  db: Db,
  file: Buffer,
  opts: { xlsx: boolean; fileName: string; sourceText: string },
): Promise<TableImportReport> {
  const rows = await readTable(file, opts.xlsx);
  if (!Array.isArray(rows)) return { imported: 0, errors: [rows] };
  if (rows.length < 2) return { imported: 0, errors: [{ line: 1, column: null, message: m.noRows }] };
  const c = m.preventableColumns;
  const cols = header(rows[0]!, c, { kommune: 'municipality', aar: 'year', diagnosegruppe: 'group' });
  if (Array.isArray(cols)) return { imported: 0, errors: cols };
  const lookup = await municipalityLookup(db);
  const groups = new Map<string, string>(PREVENTABLE_GROUPS.map((g) => [g, g] as [string, string]));
  for (const [g, label] of Object.entries(m.preventableGroup)) groups.set(fold(label), g);
  const errors: ImportIssue[] = [];
  const data: { municipalityId: string; year: number; group: string; count: number }[] = [];
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.every((v) => !v.trim())) return;
    const cell = (k: keyof typeof c) => (row[cols.get(k)!] ?? '').trim();
    const before = errors.length;
    const municipalityId = lookup.get(cell('municipality')) ?? lookup.get(fold(cell('municipality')));
    if (!municipalityId)
      errors.push({ line, column: c.municipality, message: m.unknownMunicipality(cell('municipality')) });
    const year = Number(cell('year'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      errors.push({ line, column: c.year, message: m.badYear(cell('year')) });
    const group = groups.get(cell('group')) ?? groups.get(fold(cell('group')));
    if (!group) errors.push({ line, column: c.group, message: m.unknownGroup(cell('group')) });
    const count = Number(cell('count'));
    if (!Number.isInteger(count) || count < 0)
      errors.push({ line, column: c.count, message: m.badCount(cell('count')) });
    if (errors.length === before) data.push({ municipalityId: municipalityId!, year, group: group!, count });
  });
  if (errors.length) return { imported: 0, errors };
  if (!data.length) return { imported: 0, errors: [{ line: 1, column: null, message: m.noRows }] };
  await db.$transaction(async (tx) => {
    const src = await source(tx as unknown as Db, opts.fileName, opts.sourceText);
    for (const d of data)
      await tx.cofinancingPreventable.upsert({
        where: { municipalityId_year_group: { municipalityId: d.municipalityId, year: d.year, group: d.group } },
        create: { ...d, sourceId: src.id },
        update: { count: d.count, sourceId: src.id },
      });
  });
  return { imported: data.length, errors: [] };
}
