// Upper bounds on list fields that grow with use (ADR 013). With the cost limit (limits.ts) they bound
// what one request can make the server read and send. Lists that follow the organisation's shape
// (units, themes A–G, bodies, clusters) are bounded by that shape; search and HSDS are paged.

/** Offer.changes: the newest changes of one offer (its history grows with every save). */
export const MAX_OFFER_CHANGES = 200;
/** Project.changes, Theme.changes, Milestone.changes …: the newest history rows of one record or parent. */
export const MAX_CHANGES = 200;
/** Query.offerReports: the newest error reports. */
export const MAX_OFFER_REPORTS = 500;
/** Query.offers: a municipality's catalogue, alphabetical; far above any municipality's catalogue. */
export const MAX_OFFERS = 5_000;
