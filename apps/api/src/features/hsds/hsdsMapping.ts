// Offer → HSDS 3.0 service, owning unit → organization, need categories → attributes with taxonomy
// terms. Only public fields: professionalPhone, intakeNotes and tellCitizen are never read here.
// Empty values are left out (the HSDS schemas type fields as string/number, not null).
import { formatKr, NEED_CATEGORIES, needCategoryByCode } from '@sundhed/shared';
import type { AccessRoute, OfferStatus } from '../../__generated__/prisma/client';
import { derivedId, taxonomyTermId } from './hsdsIds';

export const HSDS_VERSION = '3.0';

/** The public offer fields the API reads, and nothing else (a select, so nothing professional is even loaded). */
export const publicOfferSelect = {
  id: true,
  name: true,
  shortDescription: true,
  description: true,
  status: true,
  alert: true,
  ownerUnitId: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  accessRoutes: true,
  eligibility: true,
  minAge: true,
  maxAge: true,
  needCategories: true,
  targetGroups: true,
  costKr: true,
  costDescription: true,
  languages: true,
  languageNote: true,
  interpreter: true,
  accessibility: true,
  bookingUrl: true,
  formats: true,
  assuredAt: true,
  updatedAt: true,
} as const;

export interface PublicOffer {
  id: string;
  name: string;
  shortDescription: string;
  description: string;
  status: OfferStatus;
  alert: string | null;
  ownerUnitId: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  accessRoutes: AccessRoute[];
  eligibility: string | null;
  minAge: number | null;
  maxAge: number | null;
  needCategories: string[];
  targetGroups: string[];
  costKr: number | null;
  costDescription: string | null;
  languages: string[];
  languageNote: string | null;
  interpreter: boolean;
  accessibility: string | null;
  bookingUrl: string | null;
  formats: string[];
  assuredAt: Date | null;
  updatedAt: Date;
}

/** What the public may know of an owning unit: its name and where it is, nothing of the organisation (ADR 015). */
export interface PublicUnit {
  id: string;
  name: string;
  municipality: { name: string; region: { name: string } };
}

export interface PublicLocation {
  id: string;
  name: string;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  accessibility: string | null;
}

export interface PublicSchedule {
  id: string;
  locationId: string | null;
  kind: 'RECURRING' | 'COURSE';
  weekday: number | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  description: string | null;
}

/** Leaves out null, undefined and empty strings. */
function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  ) as Partial<T>;
}

const statusMap: Record<OfferStatus, string> = {
  ACTIVE: 'active',
  TEMPORARILY_CLOSED: 'temporarily closed',
  INACTIVE: 'inactive',
  ENDED: 'defunct',
};

const accessText: Record<AccessRoute, string> = {
  SELF_REFERRAL: 'Du kan selv henvende dig.',
  GP_REFERRAL: 'Via henvisning fra egen læge.',
  CLARIFYING_TALK: 'Via en afklarende samtale i kommunen.',
  VISITATION: 'Via visitation i kommunen.',
};

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const time = (t: string | null) => (t && /^\d{2}:\d{2}$/.test(t) ? `${t}:00` : null);

function httpUrl(u: string | null): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function organization(unit: PublicUnit) {
  return compact({
    id: unit.id,
    name: unit.name,
    // The unit's own description is internal (staffing, reporting lines): anonymous GraphQL callers may not read it either.
    description: `${unit.name}, ${unit.municipality.name}.`,
  });
}

function fees(o: PublicOffer): string | null {
  if (o.costDescription) return o.costDescription;
  if (o.costKr === 0) return 'Gratis.';
  return o.costKr != null ? `${formatKr(o.costKr)} pr. deltager.` : null;
}

/** The one-to-one fields (the list form, service_list.json) plus the organization. */
export function serviceSummary(o: PublicOffer, unit: PublicUnit | undefined) {
  return compact({
    id: o.id,
    organization_id: o.ownerUnitId,
    name: o.name,
    description: [o.shortDescription, o.description].filter(Boolean).join('\n\n'),
    url: httpUrl(o.bookingUrl),
    email: o.contactEmail && emailPattern.test(o.contactEmail) ? o.contactEmail : null,
    status: statusMap[o.status],
    interpretation_services: o.interpreter ? 'Tolk kan bestilles.' : null,
    application_process: o.accessRoutes.map((r) => accessText[r]).join(' '),
    fees_description: fees(o),
    eligibility_description:
      o.eligibility ?? (o.targetGroups.length ? `Målgruppe: ${o.targetGroups.join(', ')}.` : null),
    minimum_age: o.minAge,
    maximum_age: o.maxAge,
    assured_date: date(o.assuredAt),
    alert: o.alert,
    last_modified: o.updatedAt.toISOString(),
    organization: unit ? organization(unit) : null,
  });
}

function needAttributes(o: PublicOffer) {
  return o.needCategories.map((code) => {
    const def = needCategoryByCode(code);
    const termId = taxonomyTermId(code);
    return compact({
      id: derivedId('attribute', o.id, code),
      link_id: o.id,
      link_type: 'need',
      link_entity: 'service',
      taxonomy_term_id: termId,
      value: code,
      taxonomy_term: compact({
        id: termId,
        code,
        name: def?.label ?? code,
        description: def?.definition ?? def?.label ?? code,
        taxonomy: def?.system === 'FSIII' ? 'KL FSIII: Kommunale sundhedsfremme og forebyggelsesindsatser' : 'KRAMS',
        language: 'da',
      }),
    });
  });
}

/** The fully nested service (service.json). */
export function serviceFull(
  o: PublicOffer,
  unit: PublicUnit | undefined,
  locations: PublicLocation[],
  schedules: PublicSchedule[],
) {
  const phoneId = derivedId('phone', o.id);
  const phones = o.contactPhone
    ? [compact({ id: phoneId, service_id: o.id, number: o.contactPhone, type: 'voice', description: o.contactName })]
    : [];
  const online = o.formats.some((f) => /online|video/i.test(f));
  const toSchedule = (s: PublicSchedule) =>
    compact({
      id: s.id,
      service_id: o.id,
      location_id: s.locationId,
      valid_from: date(s.validFrom),
      valid_to: date(s.validTo),
      dtstart: date(s.validFrom),
      until: s.kind === 'RECURRING' ? date(s.validTo) : null,
      freq: s.kind === 'RECURRING' && s.weekday ? 'WEEKLY' : null,
      byday: s.kind === 'RECURRING' && s.weekday && s.weekday >= 1 && s.weekday <= 7 ? weekdays[s.weekday - 1] : null,
      opens_at: time(s.opensAt),
      closes_at: time(s.closesAt),
      description: s.description,
      schedule_link: httpUrl(o.bookingUrl),
      attending_type: online ? 'online' : 'in person',
    });
  return {
    ...serviceSummary(o, unit),
    phones,
    contacts:
      o.contactName || o.contactEmail || o.contactPhone
        ? [
            compact({
              id: derivedId('contact', o.id),
              service_id: o.id,
              name: o.contactName,
              email: o.contactEmail && emailPattern.test(o.contactEmail) ? o.contactEmail : null,
              phones,
            }),
          ]
        : [],
    schedules: schedules.map(toSchedule),
    languages: o.languages.map((code) =>
      compact({ id: derivedId('language', o.id, code), service_id: o.id, code, note: o.languageNote }),
    ),
    cost_options:
      o.costKr != null
        ? [
            compact({
              id: derivedId('cost_option', o.id),
              service_id: o.id,
              currency: 'DKK',
              amount: o.costKr,
              amount_description: fees(o),
              option: o.costKr === 0 ? 'Gratis' : 'Pris pr. deltager',
            }),
          ]
        : [],
    service_at_locations: locations.map((l) => {
      const salId = derivedId('service_at_location', o.id, l.id);
      const hasAddress = l.address && l.postalCode && l.city;
      return compact({
        id: salId,
        service_id: o.id,
        location_id: l.id,
        location: compact({
          id: l.id,
          location_type: 'physical',
          organization_id: o.ownerUnitId,
          name: l.name,
          latitude: l.latitude,
          longitude: l.longitude,
          addresses: hasAddress
            ? [
                {
                  id: derivedId('address', l.id),
                  location_id: l.id,
                  address_1: l.address!,
                  city: l.city!,
                  state_province: unit?.municipality.region.name ?? 'Danmark',
                  postal_code: l.postalCode!,
                  country: 'DK',
                  address_type: 'physical',
                },
              ]
            : [],
          accessibility:
            (l.accessibility ?? o.accessibility)
              ? [
                  compact({
                    id: derivedId('accessibility', l.id),
                    location_id: l.id,
                    description: l.accessibility ?? o.accessibility,
                  }),
                ]
              : [],
        }),
        schedules: schedules.filter((s) => s.locationId === l.id).map(toSchedule),
      });
    }),
    attributes: [
      ...needAttributes(o),
      ...o.targetGroups.map((g) => ({
        id: derivedId('attribute', o.id, 'target', g),
        link_id: o.id,
        link_type: 'audience',
        link_entity: 'service',
        value: g,
      })),
    ],
  };
}

/** Need categories as taxonomy terms, for taxonomy_term_id: a term's id, its code, or (KRAMS) its word. */
export function needCodeForTaxonomyTerm(id: string): string | null {
  const lower = id.trim().toLowerCase();
  return NEED_CATEGORIES.find((c) => c.code === id.trim() || taxonomyTermId(c.code) === lower)?.code ?? null;
}
