// One offer of a quality-set catalogue from a draft with the common defaults, shared by the main catalogue
// (catalogue.ts) and the blind set's (blind/catalogue.ts).
import type { AccessRouteCode, CatalogueOffer, CatalogueStyle } from './types';

export type Draft = Omit<CatalogueOffer, 'style' | 'costKr' | 'languages' | 'formats' | 'accessRoutes'> & {
  costKr?: number | null;
  languages?: string[];
  formats?: string[];
  accessRoutes?: AccessRouteCode[];
};

/** The offer with the common defaults: free, in Danish, a group ("hold"), the citizen may sign up. */
export function withDefaults(d: Draft, style: CatalogueStyle): CatalogueOffer {
  return {
    ...d,
    style,
    costKr: d.costKr === undefined ? 0 : d.costKr,
    languages: d.languages ?? ['da'],
    formats: d.formats ?? ['hold'],
    accessRoutes: d.accessRoutes ?? ['SELF_REFERRAL'],
  };
}
