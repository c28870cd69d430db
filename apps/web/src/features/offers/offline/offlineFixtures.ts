// Offline-copy test data: the seeded offers' shape as the catalogue query returns it.
import { rygestop } from '../offerFixtures';
import { OFFLINE_CATALOGUE_QUERY, OFFLINE_STATUSES } from './offlineQuery';
import type { OfflineCatalogue, OfflineOffer } from './offlineTypes';
import { mocked } from '../../../../test/mocked';

const summary = {
  __typename: 'Offer' as const,
  id: rygestop.id,
  name: rygestop.name,
  shortDescription: rygestop.shortDescription,
  description: 'Et kursus over seks uger for dig, der vil holde op med at ryge.',
  eligibility: null,
  status: rygestop.status,
  alert: null,
  minAge: rygestop.minAge,
  maxAge: rygestop.maxAge,
  costKr: rygestop.costKr,
  isDemoData: rygestop.isDemoData,
  coursesEnded: rygestop.coursesEnded,
  lastCourseDay: rygestop.lastCourseDay,
  nextCourseDay: rygestop.nextCourseDay,
  locations: rygestop.locations,
  schedules: rygestop.schedules,
};

export const offlineRygestop: OfflineOffer = {
  ...summary,
  needCategories: [{ __typename: 'NeedCategory', code: 'rygning', label: 'Rygning' }],
  targetGroups: ['rygere'],
  keywords: [],
  languages: ['da'],
  formats: ['hold'],
};

export const offlineBassin: OfflineOffer = {
  ...summary,
  id: 'o-bassin',
  name: 'Træning i varmtvandsbassin',
  shortDescription: 'Blid træning i varmt vand for ældre med gigt eller smerter.',
  description: 'Holdtræning i bassin med 34 grader varmt vand.',
  minAge: 65,
  maxAge: null,
  costKr: 250,
  needCategories: [{ __typename: 'NeedCategory', code: 'motion', label: 'Motion' }],
  targetGroups: ['ældre'],
  keywords: [],
  languages: ['da'],
  formats: ['hold'],
};

export const offlineOffers = [offlineRygestop, offlineBassin];

/** A stored copy of the given offers (no synonym groups of its own). */
export function offlineCopy(offers: OfflineOffer[] = offlineOffers, synonymGroups: string[][] = []): OfflineCatalogue {
  return { owner: 'test', savedAt: '2026-12-01T08:00:00.000Z', offers, synonymGroups };
}

/** The catalogue fetch the search page makes while online (one page is the whole catalogue here). */
export function catalogueMock(offers: OfflineOffer[] = offlineOffers) {
  return mocked({
    request: {
      query: OFFLINE_CATALOGUE_QUERY,
      variables: { input: { statuses: [...OFFLINE_STATUSES], limit: 100, offset: 0 } },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        searchSynonyms: [['smøger', 'rygestop']],
        searchOffers: {
          __typename: 'OfferSearchResult',
          total: offers.length,
          hits: offers.map((offer) => ({ __typename: 'OfferSearchHit' as const, offer })),
        },
      },
    },
  });
}
