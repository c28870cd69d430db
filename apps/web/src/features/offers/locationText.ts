import type { OfferLocationData } from './searchQueries';

/** "Ishøj Bibliotek, Ishøj Store Torv 1, 2635 Ishøj". */
export function locationText(location: OfferLocationData): string {
  const town = [location.postalCode, location.city].filter(Boolean).join(' ');
  return [location.name, location.address, town].filter(Boolean).join(', ');
}
