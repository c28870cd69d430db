// The comparable shape of an offer: what the change history records field by field, what the edit form
// and the CSV import merge into, and what both sides of a diff look like.
import type { OfferInput } from '@sundhed/shared';
import { Prisma, type Offer, type OfferLocation, type OfferSchedule } from '../../__generated__/prisma/client';

/** Fields recorded in the history, in display order. Status and assurance have their own actions. */
export const TRACKED_FIELDS = [
  'name',
  'shortDescription',
  'description',
  'status',
  'alert',
  'ownerUnitId',
  'contactName',
  'contactEmail',
  'contactPhone',
  'professionalPhone',
  'intakeNotes',
  'tellCitizen',
  'accessRoutes',
  'eligibility',
  'minAge',
  'maxAge',
  'targetGroups',
  'needCategories',
  'costKr',
  'costDescription',
  'languages',
  'languageNote',
  'interpreter',
  'accessibility',
  'bookingUrl',
  'formats',
  'keywords',
  'isDemoData',
  'locations',
  'schedules',
  'themeIds',
  'projectIds',
] as const;

export type TrackedField = (typeof TRACKED_FIELDS)[number];
export type Snapshot = Record<TrackedField, unknown>;

export type FullOffer = Offer & {
  locations: OfferLocation[];
  schedules: OfferSchedule[];
  themes: { themeId: string }[];
  projects: { projectId: string }[];
};

/** Prisma include that loads what a snapshot needs. */
export const fullOfferInclude = {
  locations: { orderBy: { name: 'asc' } },
  // A schedule's location is one of the offer's own: its name comes from `locations` (one statement less).
  schedules: { orderBy: [{ weekday: 'asc' }, { validFrom: 'asc' }, { opensAt: 'asc' }] },
  themes: { select: { themeId: true } },
  projects: { select: { projectId: true } },
} satisfies Prisma.OfferInclude;

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
// Lists compare in one canonical order, whatever order the database or the caller used.
const byName = <T extends { name: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const byJson = <T>(list: T[]) =>
  list
    .map((x) => [JSON.stringify(x), x] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, x]) => x);

export function snapshotOf(o: FullOffer): Snapshot {
  const locationNames = new Map(o.locations.map((l) => [l.id, l.name]));
  return {
    name: o.name,
    shortDescription: o.shortDescription,
    description: o.description,
    status: o.status,
    alert: o.alert,
    ownerUnitId: o.ownerUnitId,
    contactName: o.contactName,
    contactEmail: o.contactEmail,
    contactPhone: o.contactPhone,
    professionalPhone: o.professionalPhone,
    intakeNotes: o.intakeNotes,
    tellCitizen: o.tellCitizen,
    accessRoutes: o.accessRoutes,
    eligibility: o.eligibility,
    minAge: o.minAge,
    maxAge: o.maxAge,
    targetGroups: o.targetGroups,
    needCategories: o.needCategories,
    costKr: o.costKr,
    costDescription: o.costDescription,
    languages: o.languages,
    languageNote: o.languageNote,
    interpreter: o.interpreter,
    accessibility: o.accessibility,
    bookingUrl: o.bookingUrl,
    formats: o.formats,
    keywords: o.keywords,
    isDemoData: o.isDemoData,
    locations: byName(
      o.locations.map((l) => ({
        name: l.name,
        address: l.address,
        postalCode: l.postalCode,
        city: l.city,
        accessibility: l.accessibility,
      })),
    ),
    schedules: byJson(
      o.schedules.map((s) => ({
        kind: s.kind,
        weekday: s.weekday,
        opensAt: s.opensAt,
        closesAt: s.closesAt,
        validFrom: isoDay(s.validFrom),
        validTo: isoDay(s.validTo),
        description: s.description,
        locationName: s.locationId ? (locationNames.get(s.locationId) ?? null) : null,
      })),
    ),
    themeIds: o.themes.map((t) => t.themeId).sort(),
    projectIds: o.projects.map((p) => p.projectId).sort(),
  };
}

/** The snapshot a validated input would produce (status kept from `status`). */
export function snapshotOfInput(input: OfferInput, status: string): Snapshot {
  const { locations, schedules, themeIds, projectIds, ...rest } = input;
  return {
    ...rest,
    status: input.status ?? status,
    locations: byName(locations),
    schedules: byJson(schedules),
    themeIds: [...themeIds].sort(),
    projectIds: [...projectIds].sort(),
  };
}

/** The raw input an edit starts from: the stored offer, overlaid with the fields the caller sent. */
export function mergeInput(current: Snapshot, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
  return merged;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface FieldChange {
  field: TrackedField;
  oldValue: unknown;
  newValue: unknown;
}

export function diff(before: Snapshot | null, after: Snapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of TRACKED_FIELDS) {
    const oldValue = before ? before[field] : null;
    const newValue = after[field];
    const empty = newValue == null || (Array.isArray(newValue) && newValue.length === 0);
    if (before ? !same(oldValue, newValue) : !empty)
      changes.push({ field, oldValue: oldValue ?? null, newValue: newValue ?? null });
  }
  return changes;
}

/** A JSON column value; SQL NULL for null. */
export const json = (v: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull => (v == null ? Prisma.DbNull : v);

/** Offer columns of a validated input (relations are written separately). */
export function offerColumns(input: OfferInput) {
  const { locations: _l, schedules: _s, themeIds: _t, projectIds: _p, status, ...columns } = input;
  return { ...columns, ...(status ? { status } : {}) };
}
