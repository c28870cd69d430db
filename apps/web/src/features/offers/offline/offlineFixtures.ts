// Offline-copy test data: the seeded offers' shape as the catalogue query returns it.
import { rygestop } from '../offerFixtures';
import type { OfferDetailData } from '../offerQueries';
import { OFFLINE_CATALOGUE_QUERY, OFFLINE_STATUSES } from './offlineQuery';
import type { OfflineCatalogue, OfflineOffer } from './offlineTypes';
import { mocked } from '../../../../test/mocked';

/** What the copy holds of an offer: the offer page's fields but the network-only ones. */
function copied(offer: OfferDetailData): OfflineOffer {
  const copy: Partial<OfferDetailData> = { ...offer };
  for (const key of ['version', 'sendCount', 'ownerUnit', 'ownerOn', 'changes', 'source'] as const) delete copy[key];
  return copy as OfflineOffer;
}

export const offlineRygestop: OfflineOffer = {
  ...copied(rygestop),
  description: 'Et kursus over seks uger for dig, der vil holde op med at ryge.',
  eligibility: null,
  keywords: [],
};

export const offlineBassin: OfflineOffer = {
  ...offlineRygestop,
  id: 'o-bassin',
  name: 'Træning i varmtvandsbassin',
  shortDescription: 'Blid træning i varmt vand for ældre med gigt eller smerter.',
  description: 'Holdtræning i bassin med 34 grader varmt vand.',
  minAge: 65,
  maxAge: null,
  costKr: 250,
  needCategories: [
    { __typename: 'NeedCategory', code: 'motion', label: 'Motion', system: 'KRAMS', definition: 'Fysisk aktivitet.' },
  ],
  targetGroups: ['ældre'],
  professionalPhone: null,
  intakeNotes: null,
  tellCitizen: null,
  publicUrl: 'https://sundhed.example.dk/offentligt/tilbud/o-bassin',
  keywords: [],
};

export const offlineOffers = [offlineRygestop, offlineBassin];

/** A stored copy of the given offers (no synonym groups of its own). */
export function offlineCopy(offers: OfflineOffer[] = offlineOffers, synonymGroups: string[][] = []): OfflineCatalogue {
  return { owner: 'test', savedAt: '2026-12-01T08:00:00.000Z', offers, synonymGroups };
}

/** The catalogue fetch the search page makes while online (one page is the whole catalogue here). */
/** The catalogue copy's request when the network is gone: it fails as fetch does. */
export function catalogueUnreachable() {
  return mocked({
    request: {
      query: OFFLINE_CATALOGUE_QUERY,
      variables: { input: { statuses: [...OFFLINE_STATUSES], limit: 100, offset: 0 } },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    error: new TypeError('Failed to fetch'),
  });
}

/** `version`: the catalogue version the server tells with the page (ADR 076); none by default. */
export function catalogueMock(offers: OfflineOffer[] = offlineOffers, version: string | null = null) {
  return mocked({
    request: {
      query: OFFLINE_CATALOGUE_QUERY,
      variables: { input: { statuses: [...OFFLINE_STATUSES], limit: 100, offset: 0 } },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        searchSynonyms: [['smøger', 'rygestop']],
        searchVocabularyLayer: [],
        searchOffers: {
          __typename: 'OfferSearchResult',
          total: offers.length,
          catalogueVersion: version,
          hits: offers.map((offer) => ({ __typename: 'OfferSearchHit' as const, offer })),
        },
      },
    },
  });
}
