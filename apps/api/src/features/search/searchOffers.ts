// The offer search of the API (GraphQL searchOffers, HSDS services?search=): the scope's index, current
// with the database (scopeIndexCache.ts), searched by the one engine of @sundhed/search (ADR 044).
import { searchIndex, type SearchInput, type SearchResult, type SearchScope } from '@sundhed/search';
import { searchableInput } from '@sundhed/shared';
import type { Db } from '../../db/prisma';
import type { KindVersions } from '../../db/scopeVersion';
import type { Offer } from '../../__generated__/prisma/client';
import { scopeIndex } from './scopeIndexCache';

export interface ServerSearchScope extends SearchScope {
  /**
   * The versions of this municipality's data that the request read after it began (the response
   * cache's read): the index is checked against them instead of a statement of its own.
   */
  versions?: KindVersions;
}

export async function searchOffers(db: Db, input: SearchInput, scope: ServerSearchScope): Promise<SearchResult<Offer>> {
  // The HSDS feed reads no sentence (understand: false, ADR 041): its text is searched as given.
  const searched = scope.understand === false ? input : searchableInput(input);
  return searchIndex(await scopeIndex(db, scope.municipalityId, scope.versions), searched, scope);
}
