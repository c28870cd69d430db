// The municipality's own layer over the national vocabulary (issue 11, ADR 045): words added to a national
// concept, national words hidden locally, a concept marked broad (it then only lifts), and concepts of
// the municipality's own. The search prepares the national concepts with the layer once per scope index.
import { fold } from '@sundhed/shared/fold';
import { concept } from './define';
import type { VocabularyConcept } from './types';

/** One row of a municipality's layer, as the database keeps it. */
export interface MunicipalLayerRow {
  id: string;
  /** The national concept it extends or corrects; null for the municipality's own concept. */
  nationalId: string | null;
  label: string;
  addedTerms: readonly string[];
  hiddenTerms: readonly string[];
  broad: boolean;
}

/** The id a municipality's own concept has in the search (never a national id: those have no colon). */
export const ownConceptId = (rowId: string) => `kommune:${rowId}`;

/** The national concepts with the municipality's layer applied, and its own concepts after them. */
export function withMunicipalLayer(
  national: readonly VocabularyConcept[],
  layer: readonly MunicipalLayerRow[],
): VocabularyConcept[] {
  const byNational = new Map(layer.filter((r) => r.nationalId).map((r) => [r.nationalId!, r]));
  const merged = national.map((c) => {
    const row = byNational.get(c.id);
    if (!row) return c;
    const hidden = new Set(row.hiddenTerms.map(fold));
    const terms = unique([...c.terms.filter((t) => !hidden.has(fold(t))), ...row.addedTerms]);
    const broad = c.broad || row.broad;
    // A broad concept never lifts the description (ADR 032).
    const boost = broad ? c.boost.filter((b) => b !== 'description') : c.boost;
    return { ...c, terms, broad, boost: boost.length ? boost : ['name' as const] };
  });
  const own = layer
    .filter((r) => !r.nationalId)
    .map((r) =>
      concept(ownConceptId(r.id), 'hverdag', unique([r.label, ...r.addedTerms]).join('|'), { broad: r.broad }),
    );
  return [...merged, ...own];
}

/** Terms without repeats (by their folded form), in order. */
function unique(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = fold(t);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
