// Co-financing comparison sets (issue 13). "Vestegnen": the seeds name no list of Vestegn municipalities;
// the set holds the members of Sundhedsråd Amager og Vestegnen without the Amager municipalities (Dragør,
// Tårnby), a reading of the råd's name that the staff unit can edit. The råd's nine municipalities are the
// second set (Region Østdanmark's press release, 19.1.2026, in cluster.ts).
export const comparisonSets = [
  {
    name: 'Vestegnen',
    note: 'Afgrænsning udledt af sundhedsrådets navn (uden Amager-kommunerne Dragør og Tårnby); ret listen, hvis I afgrænser Vestegnen anderledes.',
    members: ['Albertslund', 'Brøndby', 'Glostrup', 'Hvidovre', 'Høje-Taastrup', 'Vallensbæk'],
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
