import { fold } from '@sundhed/shared';

/**
 * A Prisma `contains` filter on a column that stores text folded (`fold`: lower case, æ→ae, ø→oe, å→aa),
 * such as `Offer.searchName`: "knæ" and "knae" find "Træning efter knæoperation". Prisma passes LIKE's
 * wildcards through, so "%", "_" and "\" typed are escaped to stand for themselves.
 */
export function containsFolded(text: string): { contains: string } {
  return { contains: fold(text).replace(/[\\%_]/g, '\\$&') };
}
