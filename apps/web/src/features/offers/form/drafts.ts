// The location and schedule editors' state: plain strings as typed, turned into OfferInput lists on save.
import type { OfferLocationData, OfferScheduleData } from '../searchQueries';

export interface LocationDraft {
  key: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  accessibility: string;
}

export interface ScheduleDraft {
  key: string;
  kind: 'RECURRING' | 'COURSE';
  weekday: string;
  opensAt: string;
  closesAt: string;
  validFrom: string;
  validTo: string;
  description: string;
  locationName: string;
}

let counter = 0;
/** A key for React lists: stable per row, never reused. */
export const newKey = () => `row-${++counter}`;

export const emptyLocation = (): LocationDraft => ({
  key: newKey(),
  name: '',
  address: '',
  postalCode: '',
  city: '',
  accessibility: '',
});
export const emptySchedule = (): ScheduleDraft => ({
  key: newKey(),
  kind: 'RECURRING',
  weekday: '',
  opensAt: '',
  closesAt: '',
  validFrom: '',
  validTo: '',
  description: '',
  locationName: '',
});

export function locationDraft(l: OfferLocationData): LocationDraft {
  return {
    key: newKey(),
    name: l.name,
    address: l.address ?? '',
    postalCode: l.postalCode ?? '',
    city: l.city ?? '',
    accessibility: l.accessibility ?? '',
  };
}

export function scheduleDraft(s: OfferScheduleData): ScheduleDraft {
  return {
    key: newKey(),
    kind: s.kind,
    weekday: s.weekday?.toString() ?? '',
    opensAt: s.opensAt ?? '',
    closesAt: s.closesAt ?? '',
    validFrom: s.validFrom ?? '',
    validTo: s.validTo ?? '',
    description: s.description ?? '',
    locationName: s.locationName ?? '',
  };
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

export function locationInput({ key: _key, ...l }: LocationDraft) {
  return {
    name: l.name,
    address: orNull(l.address),
    postalCode: orNull(l.postalCode),
    city: orNull(l.city),
    accessibility: orNull(l.accessibility),
  };
}

export function scheduleInput(s: ScheduleDraft) {
  return {
    kind: s.kind,
    weekday: s.weekday ? Number(s.weekday) : null,
    opensAt: orNull(s.opensAt),
    closesAt: orNull(s.closesAt),
    validFrom: orNull(s.validFrom),
    validTo: orNull(s.validTo),
    description: orNull(s.description),
    locationName: orNull(s.locationName),
  };
}
