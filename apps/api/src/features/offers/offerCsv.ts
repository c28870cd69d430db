// The catalogue's CSV format, for Excel in a Danish locale: semicolons, UTF-8 with BOM, CRLF, Danish
// headers and labels, lists comma-separated. Export and import share these columns, so an exported file
// imports back unchanged. Locations, schedules and theme/project links are edited in the app and kept
// by an import (ADR 006). Columns without a field are not written by an import: "ID" and "Version" name
// the row's offer and the version it was exported at; "Næste hold" and "Sidst bekræftet" are for the reader.
import {
  conflictMessages,
  courseState,
  ACCESS_ROUTES,
  accessRouteLabels,
  findNeedCategory,
  formatDate,
  handoutMessages,
  hasUndecodableBytes,
  needCategoryByCode,
  OFFER_STATUSES,
  offerStatusLabels,
  parseDanishNumber,
  parseKronerInput,
  requestMessages,
  storedScheduleDays,
  validationMessages as m,
} from '@sundhed/shared';
import { CsvError, parse } from 'csv-parse/sync';
import { CONTROL_CHARACTER } from '../../graphql/inputHygiene';
import type { Offer, OfferSchedule } from '../../__generated__/prisma/client';

/** An offer as exported: its schedules for the read-only "Næste hold" column. */
export type ExportedOffer = Offer & { schedules: Pick<OfferSchedule, 'kind' | 'validFrom' | 'validTo'>[] };

/** What an export knows besides the offer: the unit names by id and today's day (`yyyy-mm-dd`, clock.ts). */
export interface ExportContext {
  units: Map<string, string>;
  today: string;
}

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
}

export interface CellError {
  column: string | null;
  message: string;
}

/** Values a row can hold: raw input for the shared schema, or an error for the cell. */
type Parsed = { value: unknown } | { error: string };

interface Column {
  header: string;
  /** Input field the column fills; null for read-only columns. */
  field: string | null;
  format(o: ExportedOffer, context: ExportContext): string;
  parse?(cell: string, units: Map<string, string>): Parsed;
}

const list = (cell: string) =>
  cell
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const textOrNull = (cell: string): Parsed => ({ value: cell.trim() || null });
const intOrNull = (cell: string): Parsed => {
  const t = cell.trim();
  if (!t) return { value: null };
  const value = /^-?[\d.]+$/.test(t) ? parseDanishNumber(t, true) : Number.NaN;
  return Number.isSafeInteger(value) ? { value } : { error: m.wholeNumber };
};
const yesNo = (cell: string): Parsed => {
  const t = cell.trim().toLowerCase();
  if (['ja', 'j', 'yes', 'true', '1'].includes(t)) return { value: true };
  if (['nej', 'n', 'no', 'false', '0', ''].includes(t)) return { value: false };
  return { error: m.yesNo };
};
/** Danish label or enum code → code. */
function fromLabels<T extends string>(codes: readonly T[], labels: Record<T, string>, cell: string): T | undefined {
  const t = cell.trim().toLowerCase();
  return codes.find((c) => c.toLowerCase() === t || labels[c].toLowerCase() === t);
}

const text = (header: string, field: keyof Offer): Column => ({
  header,
  field,
  format: (o) => (o[field] as string | null) ?? '',
  parse: textOrNull,
});

export const COLUMNS: Column[] = [
  { header: 'ID', field: null, format: (o) => o.id },
  text('Navn', 'name'),
  text('Kort beskrivelse', 'shortDescription'),
  text('Beskrivelse', 'description'),
  {
    header: 'Status',
    field: 'status',
    format: (o) => offerStatusLabels[o.status],
    parse: (cell) => {
      if (!cell.trim()) return { value: undefined };
      const code = fromLabels(OFFER_STATUSES, offerStatusLabels, cell);
      return code ? { value: code } : { error: m.status };
    },
  },
  // Read-only, beside the status the import reads: the courses as every screen words them (offerCourses.ts),
  // so an "Aktiv" offer whose courses have all ended says "Næste hold ikke fastlagt" here too.
  {
    header: 'Næste hold',
    field: null,
    format: (o, { today }) => {
      const state = courseState(storedScheduleDays(o.schedules), today);
      if (state.kind === 'ended') return handoutMessages.course.ended(formatDate(state.last));
      return state.kind === 'next' ? formatDate(state.day) : '';
    },
  },
  text('Driftsbesked', 'alert'),
  {
    header: 'Ejer',
    field: 'ownerUnitId',
    format: (o, { units }) => units.get(o.ownerUnitId) ?? '',
    parse: (cell, units) => {
      const name = cell.trim().toLowerCase();
      if (!name) return { value: null };
      const id = [...units].find(([, n]) => n.toLowerCase() === name)?.[0];
      return id ? { value: id } : { error: m.ownerUnit };
    },
  },
  text('Kontaktperson', 'contactName'),
  text('Kontaktpersonens e-mail', 'contactEmail'),
  text('Kontaktpersonens telefon', 'contactPhone'),
  text('Direkte telefon', 'professionalPhone'),
  text('Noter til visitation', 'intakeNotes'),
  text('Fortæl borgeren', 'tellCitizen'),
  {
    header: 'Adgang',
    field: 'accessRoutes',
    format: (o) => o.accessRoutes.map((r) => accessRouteLabels[r]).join(', '),
    parse: (cell) => {
      const codes = list(cell).map((l) => fromLabels(ACCESS_ROUTES, accessRouteLabels, l));
      return codes.every(Boolean) ? { value: codes } : { error: m.unknownValue };
    },
  },
  text('Hvem kan deltage', 'eligibility'),
  { header: 'Alder fra', field: 'minAge', format: (o) => (o.minAge == null ? '' : String(o.minAge)), parse: intOrNull },
  { header: 'Alder til', field: 'maxAge', format: (o) => (o.maxAge == null ? '' : String(o.maxAge)), parse: intOrNull },
  {
    header: 'Målgrupper',
    field: 'targetGroups',
    format: (o) => o.targetGroups.join(', '),
    parse: (cell) => ({ value: list(cell) }),
  },
  {
    header: 'Behovskategorier',
    field: 'needCategories',
    format: (o) => o.needCategories.map((c) => needCategoryByCode(c)?.label ?? c).join(', '),
    parse: (cell) => {
      const items = list(cell);
      return items.every((i) => findNeedCategory(i)) ? { value: items } : { error: m.unknownNeedCategory };
    },
  },
  {
    header: 'Pris (kr.)',
    field: 'costKr',
    format: (o) => (o.costKr == null ? '' : String(o.costKr)),
    // Øre ("1.234,50") and the ceiling are the shared schema's to word, as on the form.
    parse: (cell) => {
      const value = parseKronerInput(cell);
      return value === null || Number.isFinite(value) ? { value } : { error: m.wholeNumber };
    },
  },
  text('Prisoplysninger', 'costDescription'),
  {
    header: 'Sprog',
    field: 'languages',
    format: (o) => o.languages.join(', '),
    parse: (cell) => ({ value: list(cell) }),
  },
  text('Sprognote', 'languageNote'),
  { header: 'Tolk', field: 'interpreter', format: (o) => (o.interpreter ? 'ja' : 'nej'), parse: yesNo },
  text('Tilgængelighed', 'accessibility'),
  text('Tilmeldingslink', 'bookingUrl'),
  { header: 'Format', field: 'formats', format: (o) => o.formats.join(', '), parse: (cell) => ({ value: list(cell) }) },
  { header: 'Demodata', field: 'isDemoData', format: (o) => (o.isDemoData ? 'ja' : 'nej'), parse: yesNo },
  {
    header: 'Sidst bekræftet',
    field: null,
    format: (o) => (o.assuredAt ? formatDate(o.assuredAt) : ''),
  },
  // The version exported: an import refuses a row whose offer changed since (ADR 016).
  { header: 'Version', field: null, format: (o) => String(o.version) },
];

export const columnByField = new Map(COLUMNS.filter((c) => c.field).map((c) => [c.field!, c.header]));

// A cell Excel would run as a formula gets a leading apostrophe; the import strips it again.
const FORMULA = /^([=@\t\r]|[+-][^\d\s])/;

function quote(cell: string): string {
  const safe = FORMULA.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as the catalogue's CSV: semicolons, quoted where needed, formula guard, UTF-8 BOM, CRLF. */
export function csvText(rows: string[][]): string {
  return `\uFEFF${rows.map((cells) => cells.map(quote).join(';')).join('\r\n')}\r\n`;
}

export function formatCsv(offers: ExportedOffer[], context: ExportContext): string {
  return csvText([COLUMNS.map((c) => c.header), ...offers.map((o) => COLUMNS.map((c) => c.format(o, context)))]);
}

/** Byte offsets where each line of the file starts (after "\n", "\r\n" or a lone "\r"). */
function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 10 || (c === 13 && bytes[i + 1] !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line of the first record starting at or after `offset` (blank lines skipped, as csv-parse does). */
function lineOfRecordAfter(bytes: Buffer, starts: number[], offset: number): number {
  let at = offset;
  while (at < bytes.length && (bytes[at] === 10 || bytes[at] === 13 || bytes[at] === 32 || bytes[at] === 9)) at++;
  // Binary search: the number of lines starting at or before `at`.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Splits a file into records with csv-parse (ADR 025): semicolons, quotes doubled inside quoted cells,
 * line breaks inside them, a quote inside an unquoted cell kept as it is. Each record keeps the line it
 * starts on (csv-parse reports where a record ends, and counts a quoted CRLF twice, so the line is found
 * from its byte offset). Control characters, NUL included, stay in the cells: readRow reports them per
 * row (ADR 014). An unclosed quote is reported with the line of the record it opens in.
 */
export function parseCsv(text: string): { records: CsvRecord[]; error?: { line: number; message: string } } {
  // A Windows-1252 file read as UTF-8 somewhere before (the web app reads both: readFileText.ts).
  if (hasUndecodableBytes(text)) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split(/\r\n|\n|\r/).length;
    return { records: [], error: { line, message: m.csvNotUtf8 } };
  }
  const bytes = Buffer.from(text.replace(/^\uFEFF/, ''), 'utf8');
  const starts = lineStarts(bytes);
  const ends: number[] = []; // the byte offset where each record ends
  let rows: string[][];
  try {
    rows = parse(bytes, {
      delimiter: ';',
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      on_record: (record, context) => (ends.push(context.bytes), record),
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = lineOfRecordAfter(bytes, starts, ends.at(-1) ?? 0); // the record after the last whole one
    return { records: [], error: { line, message: m.csvOpenQuote } };
  }
  const records: CsvRecord[] = [];
  rows.forEach((cells, i) => {
    const line = lineOfRecordAfter(bytes, starts, i === 0 ? 0 : ends[i - 1]!);
    if (cells.length > 1 || cells[0]?.trim()) records.push({ line, cells });
  });
  return { records };
}

/** Undoes the export's formula guard. */
export const unguard = (cell: string) => (/^'([=@\t\r]|[+-][^\d\s])/.test(cell) ? cell.slice(1) : cell);

/** Reads one record into raw input values for the columns the file has; cell errors by header. */
export function readRow(headers: (Column | null)[], cells: string[], units: Map<string, string>) {
  const values: Record<string, unknown> = {};
  const errors: CellError[] = [];
  let id: string | null = null;
  let version: number | null = null;
  headers.forEach((col, i) => {
    if (!col) return;
    const cell = unguard(cells[i] ?? '');
    // The file skips the argument check (inputHygiene.ts) so that a bad cell gets its row report.
    if (CONTROL_CHARACTER.test(cell))
      return void errors.push({
        column: col.header,
        message: `${col.header} ${requestMessages.cellControlCharacters}`,
      });
    if (col.header === 'ID') id = cell.trim() || null;
    if (col.header === 'Version' && cell.trim()) {
      if (/^\d{1,9}$/.test(cell.trim())) version = Number(cell.trim());
      else errors.push({ column: col.header, message: conflictMessages.csvBadVersion });
    }
    if (!col.field || !col.parse) return;
    const parsed = col.parse(cell, units);
    if ('error' in parsed) errors.push({ column: col.header, message: `${col.header} ${parsed.error}` });
    else if (parsed.value !== undefined) values[col.field] = parsed.value;
  });
  return { id: id as string | null, version: version as number | null, values, errors };
}

/** Maps the header line to columns; unknown and missing columns are errors. */
export function readHeader(cells: string[]): { headers: (Column | null)[]; errors: CellError[] } {
  const errors: CellError[] = [];
  const headers = cells.map((h) => {
    const name = h.trim();
    if (CONTROL_CHARACTER.test(name)) {
      errors.push({ column: null, message: requestMessages.headerControlCharacters });
      return null;
    }
    const col = COLUMNS.find((c) => c.header.toLowerCase() === name.toLowerCase()) ?? null;
    if (!col && name) errors.push({ column: name, message: `${name} ${m.csvUnknownColumn}` });
    return col;
  });
  if (!headers.some((c) => c?.header === 'Navn'))
    errors.push({ column: 'Navn', message: `Navn ${m.csvMissingColumn}` });
  return { headers, errors };
}
