// HSDS wants a UUID for every object. Offers, units, locations and schedules have one; the objects
// our model folds into an offer (contact, phone, language, cost option, attribute, service at
// location) get a name-based UUID (RFC 4122 version 5) derived from their parent, stable across calls.
import { createHash } from 'node:crypto';

const NAMESPACE = Buffer.from('5b0a4f0e6c2d4a8f9a8e2f4c7b1d3e60', 'hex'); // Sundhedsoverblik HSDS namespace

export function derivedId(...parts: string[]): string {
  const hash = createHash('sha1').update(NAMESPACE).update(parts.join('\u0000')).digest();
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/** Taxonomy-term id of a need category: FSIII codes are UUIDs already; KRAMS words get a derived one. */
export function taxonomyTermId(code: string): string {
  return isUuid(code) ? code.toLowerCase() : derivedId('taxonomy_term', code);
}
