// "Vis pr. dato" on the cluster page (issue 10, ADR 031/038): the structure of regions, clusters or
// sundhedsråd and bodies that existed on a chosen day, with the earlier and later bodies one click away.
export const clusterDatesUi = {
  title: 'Struktur pr. dato',
  legend: 'Vis pr. dato',
  dateLabel: 'Dato',
  dateHint: 'Strukturen som den var eller er på dagen. Format: åååå-mm-dd',
  show: 'Vis',
  today: 'I dag',
  invalidDate: (typed: string) => `Datoen "${typed}" findes ikke. Viser i stedet i dag.`,
  invalidTyped: (typed: string) => `Dato skal være en dato, der findes, f.eks. 5.1.2027 ("${typed}" er ikke).`,
  onDay: (day: string) => `Gyldig pr. ${day}`,
  empty: 'Der er ingen regioner, klynger eller fora på denne dato.',
  groups: { REGION: 'Regioner', CLUSTER: 'Klynger og sundhedsråd', BODY: 'Fora og udvalg' } as Record<string, string>,
  from: (day: string) => `fra ${day}`,
  until: (day: string) => `til og med ${day}`,
  ended: (day: string) => `ophørt ${day}`,
  endsOn: (day: string) => `ophører ${day}`,
  noEnd: 'løbende',
  successor: 'Afløses af',
  predecessors: 'Afløser',
  showOn: (name: string, day: string) => `${name} (vis pr. ${day})`,
};

// A secretariat hand-over to the successor body (ADR 038).
export const secretariatMessages = {
  noSuccessor: 'kan ikke overdrages: klyngen eller sundhedsrådet har ingen efterfølger',
  alreadyHandedOver: (successor: string) => `er allerede overdraget til ${successor}`,
  handedOver: (successor: string, drafts: boolean, accounts: number) =>
    `Sekretariatet overdraget til ${successor}${drafts ? ' med kladder' : ' uden kladder'}` +
    (accounts ? `; ${accounts} konto${accounts === 1 ? '' : 'er'} flyttet` : ''),
  recordLabel: 'Sekretariat',
};
