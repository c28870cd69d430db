// Co-financing comparison sets (issue 13, ADR 046). "Vestegnen": the documents speak of "kommunerne på
// Vestegnen" (seed 000, Fokus på Sundhed 2016, §1) but name none of them. There is no official definition;
// the common one is the eight municipalities of the former Vestegnssamarbejdet: Albertslund, Brøndby,
// Glostrup, Hvidovre, Høje-Taastrup, Ishøj, Rødovre and Vallensbæk (da.wikipedia.org/wiki/Vestegnen).
// The set holds those seven besides Ishøj; the staff unit can edit it. The råd's nine municipalities are
// the second set (Region Østdanmark's press release, 19.1.2026, in cluster.ts).
export const comparisonSets = [
  {
    name: 'Vestegnen',
    note: 'Vestegnssamarbejdets kommuner uden Ishøj (der er ingen officiel afgrænsning; kilde: da.wikipedia.org, "Vestegnen"); ret listen, hvis I afgrænser Vestegnen anderledes.',
    members: ['Albertslund', 'Brøndby', 'Glostrup', 'Hvidovre', 'Høje-Taastrup', 'Rødovre', 'Vallensbæk'],
  },
  {
    name: 'Sundhedsråd Amager og Vestegnen',
    note: 'Sundhedsrådets ni kommuner (Region Østdanmarks pressemeddelelse om det første møde 19.1.2026).',
    members: [
      'Albertslund',
      'Brøndby',
      'Dragør',
      'Glostrup',
      'Hvidovre',
      'Høje-Taastrup',
      'Ishøj',
      'Tårnby',
      'Vallensbæk',
    ],
  },
] as const;
