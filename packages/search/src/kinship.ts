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
   morbror farbror onkel tante`
    .split(/\s+/)
    .filter(Boolean),
);

/** Kinship words that are other words too ("faster": fasts): a relative only after a possessive. */
const AFTER_POSSESSIVE_ONLY = new Set(['faster', 'fasteren']);

/** Parents as a group: "forældre der har mistet et barn" are the citizens themselves, not their relatives. */
const PARENTS = new Set(['foraeldre', 'foraeldrene']);

/**
 * Finite verbs after a first word (or after "der"/"som") that make it the sentence's subject ("far er begyndt at glemme", "mor har
 * fået demens", "søster drikker"). A number, "på" or a noun after it describes the citizen instead ("mand
 * 58 år med KOL", "mor på barsel"): only these verbs count.
 */
const SUBJECT_VERBS = new Set(
  `er var har havde blev bliver kan kunne vil ville skal maa faar fik drikker ryger glemmer husker falder foeler
   lider sover spiser taler gaar kommer begynder klarer sidder ligger tager bor virker slaar truer spiller`
    .split(/\s+/)
    .filter(Boolean),
);

/** Possessives before a kinship word: the relative is someone's ("min mand", "vores mor", "sin kone"). */
const POSSESSIVES = new Set(['min', 'mit', 'mine', 'vores', 'hans', 'hendes', 'sin', 'sine', 'deres']);

/** A relative clause after it: the relative is the one the sentence is about ("en mor der drikker"). */
const RELATIVE_CLAUSE = new Set(['der', 'som']);

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
    const before = ws[i - 1];
    const possessed = before !== undefined && POSSESSIVES.has(before);
    if (AFTER_POSSESSIVE_ONLY.has(w)) return possessed;
    if (!ADULT_RELATIVES.has(w)) return false;
    if (possessed) return true;
    if (PARENTS.has(w)) return false;
    const after = ws[i + 1];
    const next = ws[i + 2];
    return (
      // "en mor der drikker", "en mand som slår": the clause's verb follows.
      (after !== undefined && RELATIVE_CLAUSE.has(after) && next !== undefined && SUBJECT_VERBS.has(next)) ||
      (i === 0 && after !== undefined && SUBJECT_VERBS.has(after))
    );
  });
}
