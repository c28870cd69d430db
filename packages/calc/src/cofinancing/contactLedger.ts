import type { ContactType, Sector } from './types';

/**
 * Which ledger a contact type belongs to (docs/reference/cofinancing.md §2.1): ordinary KMF, excluded from KMF
 * (psychiatric "særlige pladser", paid by a separate daily rate), or financed 100 % by the
 * municipality and kept in a separate ledger (færdigbehandlede patienter, ambulant and specialised
 * rehabilitation, hospice).
 */
export type Ledger = 'kmf' | 'excluded' | 'municipal100';

export function contactLedger(contactType: ContactType): Ledger {
  switch (contactType) {
    case 'saerlige_pladser':
      return 'excluded';
    case 'faerdigbehandlet':
    case 'ambulant_genoptraening':
    case 'specialiseret_genoptraening':
    case 'hospice':
      return 'municipal100';
    default:
      return 'kmf';
  }
}

/** Contact types that can occur in each sector (Varde 2012 taxonomy, docs/reference/cofinancing.md §2.1). */
export const CONTACT_TYPES_BY_SECTOR: Record<Sector, readonly ContactType[]> = {
  somatik: [
    'stationaer',
    'ambulant',
    'genoptraening_indl',
    'faerdigbehandlet',
    'ambulant_genoptraening',
    'specialiseret_genoptraening',
    'hospice',
  ],
  psykiatri: ['stationaer', 'ambulant', 'saerlige_pladser', 'faerdigbehandlet'],
  praksis: ['almen_laege', 'speciallaege', 'fysioterapi', 'kiropraktor', 'psykolog', 'tandlaege', 'fodterapi'],
};
