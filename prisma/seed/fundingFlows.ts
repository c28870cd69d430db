// The money flows around the end of kommunal medfinansiering (issue 13 item 5, ADR 069), as far as a
// public source read on 5.12.2026 says (docs/reference/reform.md). No amount or rule was found, so none is
// seeded; a flow whose mechanics are not known says so.
import type { SourceKey } from './sources';

export interface FundingFlowSeed {
  name: string;
  payerKind: 'MUNICIPALITY' | 'REGION' | 'STATE' | 'HEALTH_COUNCIL' | 'NOT_KNOWN';
  recipientKind: 'MUNICIPALITY' | 'REGION' | 'STATE' | 'HEALTH_COUNCIL' | 'NOT_KNOWN';
  validFrom: string | null;
  validTo: string | null;
  status: 'KNOWN' | 'AGREED_NOT_LEGISLATED' | 'NOT_KNOWN';
  known: string;
  replacesCofinancing: boolean;
  publisher: string;
  source: SourceKey;
}

export const fundingFlows: FundingFlowSeed[] = [
  {
    name: 'Overgangsordning for den kommunale medfinansiering',
    payerKind: 'MUNICIPALITY',
    recipientKind: 'REGION',
    validFrom: '2027-01-01',
    validTo: '2028-12-31',
    status: 'AGREED_NOT_LEGISLATED',
    known:
      'Aftalen om sundhedsreform 2024 nedlægger den kommunale medfinansiering og nærhedsfinansieringen med en overgangsordning i 2027 og 2028. Overgangens mekanik og beløb er ikke læst i en lovtekst.',
    replacesCofinancing: true,
    publisher: 'Dataproces (citerer Indenrigs- og Sundhedsministeriet)',
    source: 'reform.kmfNedlaegges',
  },
  {
    name: 'Regionens finansiering af fire opgaver, der flytter fra kommunerne',
    payerKind: 'REGION',
    recipientKind: 'NOT_KNOWN',
    validFrom: '2027-01-01',
    validTo: null,
    status: 'KNOWN',
    known:
      'Myndigheds- og finansieringsansvaret for akutsygepleje, 70 % af de midlertidige pladser, patientrettet forebyggelse og specialiseret rehabilitering flytter fra kommunerne til regionen 1.1.2027. Hvor mange penge der følger med, er ikke læst.',
    replacesCofinancing: false,
    publisher: 'Region Østdanmark',
    source: 'reform.opgaveflyt',
  },
  {
    name: 'Sundhedsrådets økonomiske ramme',
    payerKind: 'NOT_KNOWN',
    recipientKind: 'HEALTH_COUNCIL',
    validFrom: null,
    validTo: null,
    status: 'NOT_KNOWN',
    known:
      'Sundhedsrådene indføres med L 214 (stadfæstet). Om et sundhedsråd får en egen økonomisk ramme, hvor stor og fra hvem, er ikke fundet i nogen kilde.',
    replacesCofinancing: false,
    publisher: 'Folketinget',
    source: 'reform.l214',
  },
];
