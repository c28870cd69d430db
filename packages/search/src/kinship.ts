// Who the citizen is in the sentence (issue 11, ADR 075): "min far er blevet glemsom", "mor har fået demens",
// "en mand der drikker" speak of an adult relative, so the citizen at the table is a relative (a pårørende)
// and the relatives' offers are as fitting as the person's own. "mor til en dreng med autisme" and "enlig
// far" describe the citizen, and a child ("min datter på 9") is the person: parents act for their children,
// they are not the relatives the relatives' offers are written for.
import { words } from './fold';

/** Folded kinship words for an adult relative that may also describe the citizen ("mor til to", "enlig far"). */
const ADULT_RELATIVES = new Set(
  `mand manden kone konen hustru hustruen aegtefaelle aegtefaellen kaereste kaeresten samlever samleveren
   partner partneren mor moren far faren foraeldre foraeldrene bror broren soester soesteren`
    .split(/\s+/)
    .filter(Boolean),
);

/** Folded kinship words that always name someone else: grandparents, in-laws, aunts and uncles. */
const OTHERS = new Set(
  `mormor morfar farmor farfar bedstemor bedstefar bedsteforaeldre svigermor svigerfar svigerforaeldre moster
   faster morbror farbror onkel tante`
    .split(/\s+/)
    .filter(Boolean),
);

/** Possessives before a kinship word: the relative is someone's ("min mand", "vores mor", "sin kone"). */
const POSSESSIVES = new Set(['min', 'mit', 'mine', 'vores', 'hans', 'hendes', 'sin', 'sine', 'deres']);

/** A relative clause after it: the relative is the one the sentence is about ("en mor der drikker"). */
const RELATIVE_CLAUSE = new Set(['der', 'som']);

/** After a first word, the citizen describes themself ("mor til en dreng", "far med to børn"). */
const SELF_DESCRIPTION = new Set(['til', 'med', 'af', 'for', 'og']);

/**
 * Whether the sentence names an adult relative of the citizen by a kinship word: a grandparent, in-law, aunt
 * or uncle anywhere; a spouse, parent or sibling after a possessive, before a relative clause, or as the
 * sentence's subject ("far er begyndt at glemme"), not where the citizen is described ("mor til …", "enlig
 * far").
 */
export function namesAdultRelative(text: string): boolean {
  const ws = words(text);
  return ws.some((w, i) => {
    if (OTHERS.has(w)) return true;
    if (!ADULT_RELATIVES.has(w)) return false;
    const before = ws[i - 1];
    const after = ws[i + 1];
    return (
      (before !== undefined && POSSESSIVES.has(before)) ||
      (after !== undefined && RELATIVE_CLAUSE.has(after)) ||
      (i === 0 && after !== undefined && !SELF_DESCRIPTION.has(after))
    );
  });
}
