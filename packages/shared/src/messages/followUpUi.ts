// Follow-up screens of issue 9: "Kræver opmærksomhed" on the overview, the /opgaver work queue, the
// timeline's window around today, theme history, the overview's Excel link and print footnotes.
export const followUpUi = {
  nav: { tasks: 'Opgaver' },
  attention: {
    title: 'Kræver opmærksomhed',
    titleWithCount: (count: number) => `Kræver opmærksomhed (${count})`,
    empty: 'Intet kræver opmærksomhed i dag',
    loading: 'Henter det, der kræver opmærksomhed …',
    groupCount: (label: string, count: number) => `${label} (${count})`,
    dateLabel: 'Dato',
    /** A kind with more items than the overview shows at first. */
    showAll: (count: string) => `Vis alle ${count}`,
    showFewer: 'Vis færre',
    ofKind: (label: string) => `af ${label.toLowerCase()}`,
  },
  tasks: {
    title: 'Opgaver',
    intro:
      'Det, der skal følges op på: forsinkede milepæle, røde projekter, manglende statusrapporter, budgetoverskridelser og tilbud, hvis forløb er slut.',
    filterLabel: 'Vis art',
    filterAll: 'Alle arter',
    filterEmpty: 'Der er ingen opgaver af denne art.',
    shown: (shown: number, total: number) => `Viser ${shown} af ${total} opgaver`,
  },
  timeline: {
    earlier: 'Tidligere',
    later: 'Senere',
    showAll: 'Vis alle kvartaler',
    today: 'i dag',
    navigation: 'Tidslinjens periode',
    windowStatus: (from: string, to: string) => `Viser ${from} til ${to}`,
    allStatus: 'Viser alle kvartaler med milepæle',
    lateCount: (count: number) => (count === 1 ? '1 forsinket' : `${count} forsinkede`),
    outside: (before: number, after: number) =>
      [before ? `${before} tidligere` : '', after ? `${after} senere` : ''].filter(Boolean).join(', ') +
      (before + after === 1 ? ' milepæl uden for perioden' : ' milepæle uden for perioden'),
  },
  theme: {
    historyTitle: 'Ændringshistorik',
    timeliness: 'Rettidighed',
  },
  export: {
    overviewExcel: 'Hent overblikket som Excel (.xlsx)',
  },
  footnotes: {
    title: 'Kilder',
    item: (parts: string[]) => parts.filter(Boolean).join(', '),
  },
};
