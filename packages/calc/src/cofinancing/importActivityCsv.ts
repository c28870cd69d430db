import { at } from '../checked/at';
import type { InputIssue } from '../errors/CalcError';
import { InputError } from '../errors/InputError';
import { parseDanishNumber } from '@sundhed/shared/parseNumber';
import type { ActivityRow, ActivitySink } from './ActivityRow';
import { AGE_CODE, CONTACT_CODE, SECTOR_CODE } from './compileRateSet';
import { ACTIVITY, ALLOWED, BASIS_CODE, OPTIONAL, REQUIRED, type Column } from './activityColumns';
import { FastActivityLine } from './bytes/FastActivityLine';
import { splitCsvLine } from './splitCsvLine';
import { AGE_GROUPS, BASES, CONTACT_TYPES, SECTORS } from './types';

const NEWLINE = 10;
const CR = 13;

function decode(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
}

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
  input: AsyncIterable<string | Uint8Array>,
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

  // The string path: the header, and every line the byte path does not accept as plainly valid.
  const handleLine = (line: string): void => {
    if (index === null) {
      handleHeader(line);
      return;
    }
    if (line.trim() === '') return;
    if (issues[0]?.line === 1) return;
    handleRow(line);
  };

  // The byte path: lines are found and read in the chunk's bytes; a line split between chunks is
  // joined first (so a multi-byte letter split between chunks is whole again when it is decoded).
  let fast: FastActivityLine | null = null;
  const handleBytes = (bytes: Uint8Array, start: number, newline: number): void => {
    lineNumber++;
    const end = newline > start && bytes[newline - 1] === CR ? newline - 1 : newline;
    if (end === start && index !== null) return;
    if (fast && issues[0]?.line !== 1) {
      row.line = lineNumber;
      if (fast.read(bytes, end, row)) {
        if (issues.length === 0) {
          rows++;
          for (const sink of sinks) sink.add(row);
        }
        return;
      }
    }
    handleLine(decode(bytes, start, end));
    if (index !== null && fast === null) fast = new FastActivityLine(columns, width, separator.charCodeAt(0));
  };

  // The unfinished end of the chunks so far (copies: a chunk is not ours to keep), joined once its
  // newline arrives, so a very long line costs one copy, not one per chunk.
  const carry: Uint8Array[] = [];
  let highSurrogate = '';
  for await (const chunk of input) {
    let bytes: Uint8Array;
    if (typeof chunk === 'string') {
      // A string chunk may end in half of a surrogate pair; it waits for its other half.
      const text = highSurrogate + chunk;
      const last = text.charCodeAt(text.length - 1);
      highSurrogate = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
      bytes = Buffer.from(highSurrogate ? text.slice(0, -1) : text, 'utf8');
    } else bytes = chunk;
    let start = 0;
    if (carry.length > 0) {
      const newline = bytes.indexOf(NEWLINE);
      if (newline < 0) {
        carry.push(new Uint8Array(bytes));
        continue;
      }
      carry.push(bytes.subarray(0, newline));
      const line = Buffer.concat(carry);
      carry.length = 0;
      scanAndHandle(line, 0, line.length);
      start = newline + 1;
    }
    start = handleComplete(bytes, start);
    if (start < bytes.length) carry.push(new Uint8Array(bytes.subarray(start)));
  }
  if (highSurrogate) carry.push(Buffer.from(highSurrogate, 'utf8'));
  const rest = Buffer.concat(carry);
  if (rest.length > 0) scanAndHandle(rest, 0, rest.length);

  /** Handles every complete line of the chunk from `start`; returns where the incomplete rest begins. */
  function handleComplete(bytes: Uint8Array, start: number): number {
    for (;;) {
      const newline = fast ? fast.scan(bytes, start, bytes.length) : bytes.indexOf(NEWLINE, start);
      if (newline < 0) return start;
      handleBytes(bytes, start, newline);
      start = newline + 1;
    }
  }

  /** One whole line held alone in `bytes` (joined from two chunks, or the last line). */
  function scanAndHandle(bytes: Uint8Array, start: number, end: number): void {
    fast?.scan(bytes, start, end);
    handleBytes(bytes, start, end);
  }

  if (index === null) issues.push({ line: 1, message: 'filen er tom (overskriften mangler)' });
  if (issues.length > 0) throw new InputError(issues, `Aktivitetsfilen er afvist i sin helhed (${issues.length} fejl)`);
  return { rows, separator };
}
