import { StringDecoder } from 'node:string_decoder';
import { at } from '../checked/at';
import type { InputIssue } from '../errors/CalcError';
import { InputError } from '../errors/InputError';
import { parseDanishNumber } from '@sundhed/shared/parseNumber';
import type { ActivityRow, ActivitySink } from './ActivityRow';
import { AGE_CODE, CONTACT_CODE, SECTOR_CODE } from './compileRateSet';
import { CONTACT_TYPES_BY_SECTOR } from './contactLedger';
import { splitCsvLine } from './splitCsvLine';
import { AGE_GROUPS, BASES, CONTACT_TYPES, SECTORS } from './types';

/** Columns of docs/reference/cofinancing.md §6; the last three may be left out of the header. */
const REQUIRED = [
  'municipality_code',
  'year',
  'month',
  'sector',
  'contact_type',
  'age_group',
  'activity_count',
  'tariff_value_dkk',
  'basis',
] as const;
const OPTIONAL = ['drg_group', 'diagnosis_chapter', 'kmf_amount_dkk'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
const BASIS_CODE = new Map<string, number>(BASES.map((b, i) => [b, i]));
const ACTIVITY = BASES.indexOf('activity');
const ALLOWED: boolean[][] = SECTORS.map((s) => CONTACT_TYPES.map((c) => CONTACT_TYPES_BY_SECTOR[s].includes(c)));

export interface ImportSummary {
  rows: number;
  separator: ',' | ';';
}

/**
 * Streams an activity CSV (docs/reference/cofinancing.md §6) into the sinks, line by line, so memory stays flat
 * however large the file. Comma or semicolon separated (taken from the header), Danish decimals
 * accepted. The import is all or nothing (issue 3): once a line is bad the sinks get no more rows,
 * the whole file is still read to report every bad line, and an InputError lists them all.
 */
export async function importActivityCsv(
  input: AsyncIterable<string | Buffer>,
  sinks: ActivitySink[],
): Promise<ImportSummary> {
  const issues: InputIssue[] = [];
  const row: ActivityRow = {
    line: 0,
    municipalityCode: '',
    year: 0,
    month: 0,
    sector: -1,
    contactType: -1,
    ageGroup: -1,
    drgGroup: '',
    diagnosisGroup: '',
    activityCount: 0,
    tariff: 0,
    kmfAmount: Number.NaN,
    basis: ACTIVITY,
  };
  let lineNumber = 0;
  let rows = 0;
  let separator: ',' | ';' = ',';
  let index: Record<Column, number> | null = null;
  let width = 0;
  let pending = '';

  const fail = (column: string | undefined, message: string): void => {
    issues.push({ line: lineNumber, column, message });
  };

  const handleHeader = (line: string): void => {
    separator = line.split(';').length > line.split(',').length ? ';' : ',';
    const names = splitCsvLine(line.replace(/^\uFEFF/, ''), separator).map((n) => n.trim().toLowerCase());
    width = names.length;
    const found = {} as Record<Column, number>;
    for (const column of [...REQUIRED, ...OPTIONAL]) found[column] = names.indexOf(column);
    for (const column of REQUIRED) if (found[column] < 0) fail(column, `kolonnen ${column} mangler i overskriften`);
    index = found;
    columns = found;
    danishDots = separator === ';';
  };

  // The field helpers are created once, not per row: at a million rows allocation dominates.
  let fields: string[] = [];
  let columns = {} as Record<Column, number>;
  let danishDots = false;
  const text = (c: Column): string => {
    const i = columns[c];
    if (i < 0) return '';
    // A line with fewer fields than the header reads the missing ones as empty ("værdi mangler").
    const raw = fields[i] ?? '';
    return raw.length > 0 && (raw.charCodeAt(0) === 32 || raw.charCodeAt(raw.length - 1) === 32) ? raw.trim() : raw;
  };
  const integer = (c: Column, min: number, max: number): number => {
    const raw = text(c);
    const v = Number(raw);
    if (raw === '' || !Number.isInteger(v) || v < min || v > max)
      fail(c, `"${raw}" er ikke et heltal mellem ${min} og ${max}`);
    return v;
  };
  const amount = (c: Column, required: boolean, allowNegative: boolean): number => {
    const raw = text(c);
    if (raw === '') {
      if (required) fail(c, 'værdi mangler');
      return Number.NaN;
    }
    const v = parseDanishNumber(raw, danishDots);
    if (Number.isNaN(v)) fail(c, `"${raw}" er ikke et tal`);
    else if (!allowNegative && v < 0) fail(c, `"${raw}" må ikke være negativ`);
    return v;
  };
  const code = (
    c: Column,
    codes: Map<string, number>,
    allowed: readonly string[],
    required: boolean,
    label: string,
  ): number => {
    const raw = text(c);
    if (raw === '' && !required) return -1;
    const v = codes.get(raw);
    if (v === undefined) {
      fail(c, raw === '' ? 'værdi mangler' : `ukendt ${label} "${raw}" (tilladt: ${allowed.join(', ')})`);
      return -1;
    }
    return v;
  };

  const handleRow = (line: string): void => {
    fields = splitCsvLine(line, separator);
    if (fields.length !== width) {
      fail(undefined, `forventede ${width} felter, fandt ${fields.length}`);
      return;
    }
    row.line = lineNumber;
    row.basis = code('basis', BASIS_CODE, BASES, true, 'grundlag');
    const activity = row.basis === ACTIVITY;
    row.municipalityCode = text('municipality_code');
    if (row.municipalityCode === '') fail('municipality_code', 'værdi mangler');
    row.year = integer('year', 2000, 2100);
    row.month = integer('month', 1, 12);
    row.sector = code('sector', SECTOR_CODE, SECTORS, activity, 'sektor');
    row.contactType = code('contact_type', CONTACT_CODE, CONTACT_TYPES, activity, 'kontakttype');
    row.ageGroup = code('age_group', AGE_CODE, AGE_GROUPS, activity, 'aldersgruppe');
    if (row.sector >= 0 && row.contactType >= 0 && !at(ALLOWED, row.sector)[row.contactType]) {
      fail(
        'contact_type',
        `kontakttypen "${CONTACT_TYPES[row.contactType]}" findes ikke i sektoren "${SECTORS[row.sector]}"`,
      );
    }
    row.drgGroup = text('drg_group');
    row.diagnosisGroup = text('diagnosis_chapter');
    row.activityCount = amount('activity_count', activity, false);
    row.tariff = amount('tariff_value_dkk', activity, false);
    // Settlement can go either way, so a payment amount may be negative (docs/reference/cofinancing.md §4).
    row.kmfAmount = amount('kmf_amount_dkk', row.basis >= 0 && !activity, true);
    if (issues.length === 0) {
      rows++;
      for (const sink of sinks) sink.add(row);
    }
  };

  const handleLine = (raw: string): void => {
    lineNumber++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (index === null) {
      handleHeader(line);
      return;
    }
    if (line.trim() === '') return;
    if (issues[0]?.line === 1) return;
    handleRow(line);
  };

  // A decoder, not chunk.toString(), so a multi-byte letter (æ, ø, å) split between chunks survives.
  const decoder = new StringDecoder('utf8');
  for await (const chunk of input) {
    const text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let start = 0;
    let newline = text.indexOf('\n', start);
    while (newline >= 0) {
      handleLine(text.slice(start, newline));
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    pending = text.slice(start);
  }
  pending += decoder.end();
  if (pending !== '') handleLine(pending);
  if (index === null) issues.push({ line: 1, message: 'filen er tom (overskriften mangler)' });
  if (issues.length > 0) throw new InputError(issues, `Aktivitetsfilen er afvist i sin helhed (${issues.length} fejl)`);
  return { rows, separator };
}
