// Tokens for search. The folding itself (the same rules as the SQL function "search_fold") is the one
// shared with the browser's offline search: @sundhed/shared/fold.ts.
import { fold } from '@sundhed/shared';

export { fold };

/** Folded words: letters and digits only, so nothing from the query can reach SQL or tsquery syntax. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words that carry no meaning on their own in a citizen's sentence ("jeg vil gerne have noget for
 * min mor"), folded. Short Danish function words plus request phrasing; content words stay.
 */
export const stopwords = new Set(
  `af alle alt anden andre at bare blev blive bliver da de dem den denne der deres det dette dig din dine
   disse du efter eller en end er et for fordi fra få gerne godt gør ham han hans har have hende hendes
   her hos hun hvad hvis hvor hvordan hvem i ikke ind jeg jer jo kan kunne lidt man mange med meget mere
   mig min mine mit mod må ned noget nogen nogle når og også om op os over på sig sin sine sit skal skulle
   som så til ud under ved vi vil ville være været vores noget tilbud tilbuddet tilbuddene søger finde
   hjælp hjaelp brug behov borger borgeren gerne the and of før hele helt tiden altid lige nu stadig kun både
   blevet var havde ofte tit år årig årige års hver hvert ingen intet ingenting to tre dag dage dagen kommer
   komme`
    .split(/\s+/)
    .filter(Boolean)
    .map(fold),
);

/** Trigram similarity as pg_trgm computes it (padded words, set of trigrams), for reasons and suggestions. */
const trigramCache = new Map<string, Set<string>>();

/** Remembered: reasons and suggestions compare the same offer words on every search. Do not modify the set. */
export function trigrams(text: string): Set<string> {
  let set = trigramCache.get(text);
  if (!set) {
    set = computeTrigrams(text);
    if (trigramCache.size >= 20_000) trigramCache.clear();
    trigramCache.set(text, set);
  }
  return set;
}

function computeTrigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const w of words(text)) {
    const padded = `  ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return set;
}

export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/**
 * Words that say who the citizen is to someone ("min mand", "datteren", "naboen"), not what is needed: next
 * to a word that does say it they count less, so "min mand drikker" does not find "Mandekøkken" first.
 */
export const personWords = new Set(
  `mand manden kone konen hustru hustruen kaereste kaeresten aegtefaelle aegtefaellen soen soennen datter
   datteren mor moren far faren bror broren soester soesteren bedstemor bedstefar mormor morfar farmor
   farfar svigermor svigerfar nabo naboen ven vennen veninde veninden pige pigen dreng drengen barn barnet
   boern boernene`
    .split(/\s+/)
    .filter(Boolean),
);
