// Places and times in the Excel round trip (issue 12 item 5, ADR 043): two CSV files beside the offer
// file ("steder" and "tider"), each row linked to its offer by the offer file's ID, or by its name for a
// new offer. An import given one of them replaces the places (or times) of every offer it names with its
// rows; an offer it does not name keeps its own.
import { formatDate, handoutMessages, parseDanishDate, ui, validationMessages as m } from '@sundhed/shared';
import type { OfferLocation, OfferSchedule } from '../../__generated__/prisma/client';
import { CONTROL_CHARACTER } from '../../graphql/inputHygiene';
import { csvText, parseCsv, unguard } from './offerCsv';

export type LinkedFile = 'steder' | 'tider';

interface Linked {
  header: string;
  /** The input field of a place or time; null for the link columns. */
  field: string | null;
  parse?(cell: string): { value: unknown } | { error: string };
}

const text = (header: string, field: string): Linked => ({
  header,
  field,
  parse: (c) => ({ value: c.trim() || null }),
});
const KINDS = { RECURRING: 'Ugentlig', COURSE: 'Hold' } as const;
const WEEKDAYS = ui.offers.weekday.slice(1);
const day = (header: string, field: string): Linked => ({
  header,
  field,
  parse: (cell) => {
    if (!cell.trim()) return { value: null };
    const iso = parseDanishDate(cell.trim());
    return iso ? { value: iso } : { error: m.calendarDate };
  },
});

const LINK = [
  { header: 'Tilbud-ID', field: null },
  { header: 'Tilbud', field: null },
];
export const LINKED_COLUMNS: Record<LinkedFile, Linked[]> = {
  steder: [
    ...LINK,
    text('Sted', 'name'),
    text('Adresse', 'address'),
    text('Postnr.', 'postalCode'),
    text('By', 'city'),
    text('Tilgængelighed', 'accessibility'),
  ],
  tider: [
    ...LINK,
    {
      header: 'Type',
      field: 'kind',
      parse: (cell) => {
        const kind = Object.entries(KINDS).find(([, label]) => label.toLowerCase() === cell.trim().toLowerCase());
        return kind ? { value: kind[0] } : { error: m.unknownValue };
      },
    },
    {
      header: 'Ugedag',
      field: 'weekday',
      parse: (cell) => {
        if (!cell.trim()) return { value: null };
        const at = WEEKDAYS.indexOf(cell.trim().toLowerCase());
        return at >= 0 ? { value: at + 1 } : { error: handoutMessages.lists.weekday };
      },
    },
    text('Fra kl.', 'opensAt'),
    text('Til kl.', 'closesAt'),
    day('Fra dato', 'validFrom'),
    day('Til dato', 'validTo'),
    text('Beskrivelse', 'description'),
    text('Sted', 'locationName'),
  ],
};

type Named = { id: string; name: string };

export function formatPlacesCsv(offers: (Named & { locations: OfferLocation[] })[]): string {
  const rows = offers.flatMap((o) =>
    o.locations.map((l) => [
      o.id,
      o.name,
      l.name,
      l.address ?? '',
      l.postalCode ?? '',
      l.city ?? '',
      l.accessibility ?? '',
    ]),
  );
  return csvText([LINKED_COLUMNS.steder.map((c) => c.header), ...rows]);
}

export function formatTimesCsv(offers: (Named & { locations: OfferLocation[]; schedules: OfferSchedule[] })[]) {
  const rows = offers.flatMap((o) =>
    o.schedules.map((s) => [
      o.id,
      o.name,
      KINDS[s.kind],
      s.weekday ? (WEEKDAYS[s.weekday - 1] ?? '') : '',
      s.opensAt ?? '',
      s.closesAt ?? '',
      s.validFrom ? formatDate(s.validFrom) : '',
      s.validTo ? formatDate(s.validTo) : '',
      s.description ?? '',
      o.locations.find((l) => l.id === s.locationId)?.name ?? '',
    ]),
  );
  return csvText([LINKED_COLUMNS.tider.map((c) => c.header), ...rows]);
}

export interface LinkedRow {
  line: number;
  /** The offer file's ID, or the lower-cased name for a new offer. */
  key: string;
  values: Record<string, unknown>;
}

export interface LinkedError {
  line: number;
  column: string | null;
  message: string;
}

/** Reads a linked file: its rows by offer, or every error with its line (the file then imports nothing). */
export function readLinkedFile(file: LinkedFile, csv: string): { rows: LinkedRow[]; errors: LinkedError[] } {
  const columns = LINKED_COLUMNS[file];
  const { records, error } = parseCsv(csv);
  if (error) return { rows: [], errors: [{ line: error.line, column: null, message: error.message }] };
  const [header, ...records_] = records;
  const errors: LinkedError[] = [];
  const headers = (header?.cells ?? []).map((h) => {
    const col = columns.find((c) => c.header.toLowerCase() === h.trim().toLowerCase()) ?? null;
    if (!col && h.trim())
      errors.push({ line: header!.line, column: h.trim(), message: `${h.trim()} ${m.csvUnknownColumn}` });
    return col;
  });
  if (!headers.some((c) => c?.header === 'Tilbud-ID') || !headers.some((c) => c?.header === 'Tilbud'))
    errors.push({ line: header?.line ?? 1, column: 'Tilbud-ID', message: `Tilbud-ID ${m.csvMissingColumn}` });
  if (errors.length) return { rows: [], errors };
  const rows: LinkedRow[] = [];
  for (const record of records_) {
    const values: Record<string, unknown> = {};
    let id = '';
    let name = '';
    headers.forEach((col, i) => {
      const cell = unguard(record.cells[i] ?? '');
      if (!col) return;
      if (CONTROL_CHARACTER.test(cell))
        return void errors.push({ line: record.line, column: col.header, message: `${col.header} ${m.unknownValue}` });
      if (col.header === 'Tilbud-ID') id = cell.trim();
      else if (col.header === 'Tilbud') name = cell.trim();
      const parsed = col.parse?.(cell);
      if (!col.field || !parsed) return;
      if ('error' in parsed)
        errors.push({ line: record.line, column: col.header, message: `${col.header} ${parsed.error}` });
      else values[col.field] = parsed.value;
    });
    if (!id && !name) errors.push({ line: record.line, column: 'Tilbud', message: `Tilbud ${m.required}` });
    rows.push({ line: record.line, key: id || name.toLowerCase(), values });
  }
  return { rows, errors };
}
