// One concept group as data: `concept(id, domain, 'term|term|…', options)`. Terms are kept exactly as
// written (the validator, test/vocabulary.test.ts, checks that they are lower case and trimmed).
import type { ConceptDomain, ConceptOptions, VocabularyConcept } from './types';

export function concept(
  id: string,
  domain: ConceptDomain,
  terms: string,
  options: ConceptOptions = {},
): VocabularyConcept {
  const list = terms.split('|');
  const broad = options.broad ?? false;
  return {
    id,
    label: list[0] ?? id,
    domain,
    terms: list,
    boost: options.boost ?? (broad ? ['name', 'needCategories'] : ['name', 'needCategories', 'description']),
    broad,
    needs: options.needs ?? [],
    shared: options.shared ?? [],
    source: options.fsiii ? { system: 'FSIII', display: options.fsiii } : null,
  };
}
