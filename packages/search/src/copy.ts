// The browser's offline copy of a municipality's catalogue, searched by the same engine as the server
// (ADR 044): the copy holds what a hit shows plus what the document and the filters read, and is indexed
// here. A test runs the quality set through this and through the server and compares the top 10.
import { coursesEndDay } from '@sundhed/shared';
import type { OfferStatus, SearchableOffer } from './offer';
import { catalogueIndex, indexedOffer, type CatalogueLocation } from './catalogue';
import type { ScopeIndex } from './searchIndex';
import type { MunicipalLayerRow } from '@sundhed/vocabulary';

/** An offer of the offline copy (the shape the app's GraphQL query OfflineCatalogue returns). */
export interface CopyOffer {
  id: string;
  name: string;
  shortDescription: string;
  description: string;
  eligibility: string | null;
  status: OfferStatus;
  needCategories: readonly { code: string }[];
  targetGroups: readonly string[];
  /** The offer's keywords (ADR 054); a copy saved before they existed has none. */
  keywords?: readonly string[];
  minAge: number | null;
  maxAge: number | null;
  costKr: number | null;
  languages: readonly string[];
  formats: readonly string[];
  locations: readonly CatalogueLocation[];
  schedules: readonly { kind: string; validFrom: string | null; validTo: string | null }[];
}

/** A searchable offer that carries its copy (hits show the copy). */
export type CopiedOffer<C extends CopyOffer> = SearchableOffer & { copy: C };

const day = (d: string | null) => (d ? d.slice(0, 10) : null);

function searchable<C extends CopyOffer>(c: C): CopiedOffer<C> {
  return {
    id: c.id,
    name: c.name,
    shortDescription: c.shortDescription,
    description: c.description,
    eligibility: c.eligibility,
    status: c.status,
    needCategories: c.needCategories.map((n) => n.code),
    targetGroups: [...c.targetGroups],
    keywords: [...(c.keywords ?? [])],
    minAge: c.minAge,
    maxAge: c.maxAge,
    costKr: c.costKr,
    languages: [...c.languages],
    formats: [...c.formats],
    copy: c,
  };
}

/**
 * The offline copy indexed for search, with the municipality's synonym groups and vocabulary layer (its
 * concepts and broad synonym groups, ADR 067) as the server's index has them.
 */
export function copyIndex<C extends CopyOffer>(
  offers: readonly C[],
  synonymGroups: string[][],
  vocabularyLayer: readonly MunicipalLayerRow[] = [],
): ScopeIndex<CopiedOffer<C>> {
  return catalogueIndex(
    offers.map((c) =>
      indexedOffer(
        searchable(c),
        c.locations,
        coursesEndDay(c.schedules.map((s) => ({ kind: s.kind, validFrom: day(s.validFrom), validTo: day(s.validTo) }))),
      ),
    ),
    synonymGroups,
    vocabularyLayer,
  );
}
