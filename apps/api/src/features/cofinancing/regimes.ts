// The regimes of co-financing through the reform (issue 13), as the calculation package's regimeForYear
// switches them, with their sources (docs/reference/cofinancing.md §1, docs/reference/reform.md). What
// replaces co-financing is data, not a regime: the money flows (FundingFlow, ADR 069) with their sources,
// which the page lists under the periods from 2027; no rule is invented.
export const REGIME_PERIODS = [
  {
    fromYear: 2007,
    toYear: 2011,
    regime: 'basic2007',
    label: 'Grundbidrag og aktivitetsbestemt medfinansiering',
    description: 'Indført med strukturreformen 1.1.2007: et grundbidrag pr. indbygger og et aktivitetsbestemt bidrag.',
    source: 'Sundhedsdatastyrelsen, "Kommunal medfinansiering (KMF)"; Varde Kommune 2013',
  },
  {
    fromYear: 2012,
    toYear: 2017,
    regime: 'flat2012',
    label: 'Ny afregningsmodel (ensartede andele)',
    description: 'Fra 1.1.2012 en andel af taksten pr. kontakt med loft pr. indlæggelse og besøg, ens for alle aldre.',
    source: 'L 176 (2010-11); Region Hovedstaden, "Joint financing by the municipalities"',
  },
  {
    fromYear: 2018,
    toYear: 2018,
    regime: 'age2018',
    label: 'Aldersdifferentieret medfinansiering',
    description:
      'Fra 1.1.2018 højere andele og lofter for 0–2-årige og 65+, lavere for de øvrige; lofter pr. regionsforløb.',
    source: 'L 74 (2016-17), lov nr. 1735 af 27.12.2016; Indenrigs- og Sundhedsministeriet 3.2.2020',
  },
  {
    fromYear: 2019,
    toYear: 2026,
    regime: 'aconto2019',
    label: 'Fastfrosset: faste a conto-betalinger',
    description:
      'Fra 2019 betaler kommunerne et fast månedligt a conto-beløb med efterregulering; det aktivitetsbaserede beløb er et skyggetal, der viser hvor pengene ville gå hen.',
    source: 'Sundhedsdatastyrelsen, "Kommunal medfinansiering (KMF)"; bekendtgørelse om aconto-betalinger 2019–2024',
  },
  {
    fromYear: 2027,
    toYear: 2028,
    regime: 'transition2027',
    label: 'Overgangsordning under sundhedsreformen',
    description:
      'Sundhedsreformen nedlægger den kommunale medfinansiering og nærhedsfinansieringen med en overgangsordning i 2027 og 2028. Overgangens mekanik er ikke bekræftet i lovteksten.',
    source:
      'L 214 (2024-25), titel "… kommunal medfinansiering på sundhedsområdet og nærhedsfinansiering …" (stadfæstet); overgangen "i 2027 og 2028" kun læst hos Dataproces, der citerer Aftale om sundhedsreform 2024 (Indenrigs- og Sundhedsministeriet, november 2024)',
  },
  {
    fromYear: 2029,
    toYear: null,
    regime: 'abolished',
    label: 'Ingen kommunal medfinansiering',
    description:
      'Ordningen er nedlagt, så der er ingen medfinansiering at beregne. De pengestrømme, der kendes efter reformen, står nedenfor med status og kilde; ingen kilde giver endnu et beløb eller en regel for det, der afløser medfinansieringen. Historikken og forebyggelige indlæggelser står tilbage.',
    source: 'L 214 (2024-25), stadfæstet; ft.dk, samling 2024-25, lovforslag L 214',
  },
];
