// The one text folding for search, on the server and in the browser's offline search, with the same
// rules as the SQL function "search_fold" (migration 20261122091000_offer_search): æ/ø/å → ae/oe/aa so
// both spellings meet, other accents dropped, lower case. Zod-free: the browser imports this file.

const danishLetters: Record<string, string> = { æ: 'ae', Æ: 'ae', ø: 'oe', Ø: 'oe', å: 'aa', Å: 'aa' };

/** "Træning ØRESUND Å" -> "traening oeresund aa"; "Café" -> "cafe". */
export function fold(text: string): string {
  return text
    .replace(/[æÆøØåÅ]/g, (c) => danishLetters[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
