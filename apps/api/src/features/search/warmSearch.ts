// The search made ready at the start (ADR 091): the index of all offers built, and the engine's code
// compiled over a sample of it (warmEngine), before the server says it is ready. Otherwise the first
// search after a start built the index (about 15 s at 100,000 offers) and the first searches after it ran
// the engine unoptimized.
import { warmEngine } from '@sundhed/search';
import type { Db } from '../../db/prisma';
import { scopeIndex } from './scopeIndexCache';

/** Builds the all-offers index and warms the engine; resolves to the number of offers indexed. */
export async function warmSearch(db: Db): Promise<number> {
  const index = await scopeIndex(db, null);
  warmEngine(index);
  return index.offers.length;
}
