// History rows in Danish (issue 9): a field's label and its old and new values formatted the way users
// read them. Stored values are JSON (enum codes, ids, ISO dates and times, lists, schedule objects); the
// API passes a name look-up for ids (owner units, themes, projects), so no history shows a UUID.
import { formatClock, formatDate, formatDateTime, formatDecimal, formatKr, formatQuarter } from './format';
import { conflictMessages } from './messages/conflicts';
import { projectMessages } from './messages/projects';
import { ui } from './messages/ui';
import { fieldLabels } from './messages/validation';

/** Labels of history fields that input forms do not have. */
const historyOnlyLabels: Record<string, string> = {
  assuredAt: 'Sidst bekræftet',
  colour: 'Status',
  completedOn: 'Færdig den',
  actualKr: 'Forbrug',
  ownerUnitId: 'Ejer',
  themeId: 'Tema',
  closedOn: 'Lukket den',
  closedReason: 'Begrundelse for lukning',
  evaluationMethod: 'Evalueringsmetode',
  evaluationResult: 'Evalueringsresultat',
  evaluationDate: 'Evalueringsdato',
  evaluationUrl: 'Link til evaluering',
  purpose: 'Formål',
  targetGroup: 'Målgruppe',
  startDate: 'Startdato',
  endDate: 'Slutdato',
  unit: 'Enhed',
  baseline: 'Udgangspunkt',
  target: 'Mål',
  value: 'Værdi',
  note: 'Note',
  period: 'Periode',
  source: 'Kilde',
  sourceId: 'Kilde',
  actualSource: 'Kilde til forbrug',
  actualSourceId: 'Kilde til forbrug',
  purposeSourceId: 'Kilde til formål',
  targetGroupSourceId: 'Kilde til målgruppe',
  evaluationSourceId: 'Kilde til evaluering',
  groups: 'Synonymgrupper',
};

/** The Danish label of a history field ("status" -> "Status", "ownerUnitId" -> "Ejer"). */
export function historyLabel(field: string | null, record?: string): string {
  if (field === null) return record ? (projectMessages.changeRecord[record] ?? record) : '';
  return historyOnlyLabels[field] ?? fieldLabels[field] ?? conflictMessages.labels[field] ?? field;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A clock time as forms store it (a meeting's start and end): written "14.00" in Danish text. */
const CLOCK = /^\d{1,2}:\d{2}$/;
const KRONER = new Set(['amountKr', 'actualKr', 'costKr']);
const ID_FIELDS = new Set([
  'ownerUnitId',
  'themeId',
  'projectId',
  'orgUnitId',
  'sourceId',
  'actualSourceId',
  'purposeSourceId',
  'targetGroupSourceId',
  'evaluationSourceId',
]);
const ID_LISTS = new Set(['themeIds', 'projectIds']);

function enumLabel(field: string, code: string): string | undefined {
  switch (field) {
    case 'status':
      return ui.offers.status[code] ?? (ui.status as Record<string, string>)[code];
    case 'colour':
      return projectMessages.reportColour[code];
    case 'hoursUnit':
      return (ui.hoursUnitOption as Record<string, string>)[code];
    case 'accessRoutes':
      return ui.offers.accessRoute[code];
    case 'languages':
      return ui.offers.languageName[code];
    default:
      return undefined;
  }
}

/** A stored scalar as text; anything else (an object, a list) as its JSON. */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function scheduleText(s: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof s.weekday === 'number') parts.push(ui.offers.weekday[s.weekday] ?? String(s.weekday));
  if (s.opensAt || s.closesAt) parts.push(`${formatClock(text(s.opensAt))}–${formatClock(text(s.closesAt))}`);
  if (s.validFrom || s.validTo)
    parts.push(`${s.validFrom ? formatDate(text(s.validFrom)) : ''}–${s.validTo ? formatDate(text(s.validTo)) : ''}`);
  if (s.locationName) parts.push(text(s.locationName));
  if (s.description) parts.push(text(s.description));
  return parts.join(' ') || text(s.kind);
}

/**
 * A stored history value as Danish text: enum codes as labels, ids as names, dates as 26.4.2023, times
 * as "14.1.2026 kl. 09.30", kroner as 1.234 kr., lists joined, locations and schedules as text.
 * Null (nothing) is null.
 */
export function formatHistoryValue(
  field: string | null,
  value: unknown,
  nameOf: (id: string) => string | undefined = () => undefined,
): string | null {
  if (value === null || value === undefined) return null;
  const f = field ?? '';
  if (typeof value === 'boolean') return value ? conflictMessages.yes : conflictMessages.no;
  if (typeof value === 'number') return KRONER.has(f) ? formatKr(value) : formatDecimal(value);
  if (typeof value === 'string') {
    if (ID_FIELDS.has(f)) return nameOf(value) ?? projectMessages.missing;
    const label = enumLabel(f, value);
    if (label) return label;
    if (ISO_DAY.test(value)) return formatDate(value);
    if (ISO_TIME.test(value)) return formatDateTime(value);
    if (CLOCK.test(value)) return formatClock(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (!value.length) return conflictMessages.empty;
    return value
      .map((item) => {
        if (typeof item === 'string') return ID_LISTS.has(f) ? (nameOf(item) ?? item) : (enumLabel(f, item) ?? item);
        if (item && typeof item === 'object') {
          const o = item as Record<string, unknown>;
          if (f === 'schedules') return scheduleText(o);
          return text(o.name ?? o.title ?? o);
        }
        return text(item);
      })
      .join('; ');
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.year === 'number' && typeof o.quarter === 'number') return formatQuarter(o.year, o.quarter);
    if (typeof o.title === 'string') return o.title;
    return Object.entries(o)
      .map(([k, v]) => `${historyLabel(k)}: ${formatHistoryValue(k, v, nameOf) ?? conflictMessages.empty}`)
      .join(', ');
  }
  return text(value);
}

/** Ids a history value refers to, so the caller can look their names up in one go. */
export function historyIds(field: string | null, value: unknown): string[] {
  if (!field) return [];
  if (ID_FIELDS.has(field) && typeof value === 'string') return [value];
  if (ID_LISTS.has(field) && Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}
