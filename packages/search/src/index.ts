// The one search engine of the app, run by the server over PostgreSQL's offers and by the browser over
// its offline copy (ADR 044): folding, stemming, the in-memory index, query planning, matching, ranking
// and reasons.
export * from './offer';
export * from './fold';
export * from './stemmer';
export * from './textMatch';
export { sharedEntries } from './sharedEntries';
export * from './searchIndex';
export * from './queryPlan';
export * from './queryHints';
export * from './searchEngine';
export { searchMessages } from './messages';
export { needLabel } from './needLabels';
export * from './document';
export * from './catalogue';
export * from './copy';
export * from './updateIndex';
export { warmEngine, WARM_QUERIES } from './warmEngine';
export type { MunicipalLayerRow } from '@sundhed/vocabulary';
