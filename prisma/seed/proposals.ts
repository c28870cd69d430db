// Proposals the documents support (issue 14): theme C as a proposal awaiting the budget negotiations with
// its documented cost, and the two projects "på tegnebrættet" as ideas. Nothing beyond the documents:
// the decision on theme C is missing, and the benefits of its business case are assumptions to be filled.
import type { SourceKey } from './sources';

export interface ProposalSeed {
  title: string;
  need: string;
  needEvidence: string | null;
  needSource: SourceKey;
  targetGroup: string | null;
  responsibleUnit: string | null;
  statusNote: string;
  themeCode: string | null;
  projects: string[];
  offers: string[];
  businessCase: {
    name: string;
    reason: string;
    assumptions: Record<string, unknown>;
  } | null;
}

const TEMA_C = 'Strategi for sundhedsudvikling 2016-2017, Tema C: Sundhed til hjemløse';

export const proposals: ProposalSeed[] = [
  {
    title: 'Sundhed i de 6 hjemløseboliger',
    need: 'Målgruppen er kendetegnet ved at være i meget ringe fysisk og psykisk forfatning. Et sundhedsperspektiv i hjemløseboligerne (sund kost, bevægelse og nyttehaver) skal øge beboernes trivsel og sundhed; visionen er, at 1-2 beboere kan få ansættelse i kommunen på nedsat tid som en "ny Nøffe".',
    needEvidence:
      'Drøftelserne er "på et overordnet og indledende niveau, som vil blive underbygget af beregninger i Skandia-modellen og evidens-baseret data" og afventer dialog med målgruppen.',
    needSource: 'strategi.temaC',
    targetGroup: 'Beboere i de 6 hjemløseboliger (meget sårbare borgere)',
    responsibleUnit: 'Center for Socialservice',
    statusNote:
      'Afventer budgetforhandlingerne: Social- og Sundhedsudvalget indstillede i juni 2016, at etablering af 6 hjemløseboliger indgår i budgetforhandlingerne, og drøftelserne forbliver indledende "indtil budgettet er vedtaget". Beslutningen mangler: dokumenterne siger ikke, om budgettet blev vedtaget med sundhedsperspektivet.',
    themeCode: 'C',
    projects: [],
    offers: [
      'Fællesmadlavning i hjemløseboligerne',
      'Bevægelse for beboere i hjemløseboligerne',
      'Nyttehaver for beboere i hjemløseboligerne',
    ],
    businessCase: {
      name: 'Sundhedsperspektiv i hjemløseboligerne',
      reason: 'Dokumenteret økonomi fra strategien; gevinsterne er antagelser, der skal udfyldes',
      assumptions: {
        template: 'social',
        // One budget year: the document states the cost per year and no horizon.
        horizonYears: 1,
        discountRatePercent: null,
        participants: null,
        cohorts: 1,
        grossSuccessRatePercent: null,
        deadweightPercent: null,
        engagementRatePercent: null,
        attributionPercent: null,
        dropOffPercent: null,
        effectDurationYears: null,
        monteCarloDraws: null,
        costs: [
          {
            label: 'Sundhedskoordinator 15 timer/uge (evt. samme medarbejder som den sociale vicevært)',
            bearer: 'KOMMUNE',
            amountKr: 150_000,
            fromYear: 0,
            toYear: 0,
            source: TEMA_C,
          },
          {
            label: 'Driftsudgifter til sundhedsperspektivet i hjemløseboligerne',
            bearer: 'KOMMUNE',
            amountKr: 50_000,
            fromYear: 0,
            toYear: 0,
            source: TEMA_C,
          },
        ],
        gains: [
          {
            label: 'Gevinster af bedre trivsel og sundhed (antagelse, skal udfyldes)',
            bearer: 'KOMMUNE',
            amountKr: null,
            toBeFilled: true,
            source: null,
          },
        ],
        sources: [
          {
            key: 'horizonYears',
            source: TEMA_C,
            note: 'Strategien angiver udgifterne pr. år (i alt 200.000 kr. årligt) uden tidshorisont; her regnes ét år.',
          },
          { key: 'participants', source: null, note: 'Antal beboere er ikke oplyst; skal udfyldes.' },
          { key: 'grossSuccessRatePercent', source: null, note: 'Ingen kilde endnu; skal udfyldes.' },
        ],
      },
    },
  },
  {
    title: 'CoolKids for unge',
    need: 'Ikke beskrevet i dokumenterne: projektet står kun som "på tegnebrættet".',
    needEvidence: null,
    needSource: 'fokus2016.andreProjekter',
    targetGroup: null,
    responsibleUnit: null,
    statusNote: 'Idé: "Andre projekter på tegnebrættet" (Fokus på Sundhed, afsnit 2.6).',
    themeCode: null,
    projects: ['CoolKids for unge'],
    offers: ['CoolKids for unge'],
    businessCase: null,
  },
  {
    title: 'Sundhedspakker/Lægetjek',
    need: 'Ikke beskrevet i dokumenterne: projektet står kun som "på tegnebrættet".',
    needEvidence: null,
    needSource: 'fokus2016.andreProjekter',
    targetGroup: null,
    responsibleUnit: null,
    statusNote: 'Idé: "Andre projekter på tegnebrættet" (Fokus på Sundhed, afsnit 2.6).',
    themeCode: null,
    projects: ['Sundhedspakker/Lægetjek'],
    offers: ['Sundhedspakker/Lægetjek'],
    businessCase: null,
  },
];

export interface PriceSeed {
  name: string;
  unit: string;
  year: number;
  bearer: 'KOMMUNE' | 'REGION' | 'STAT';
  note: string;
}

/**
 * The price catalogue's first rows: the unit costs the issue names, all marked missing (no document in
 * the seed gives an amount). The staff unit fills them in with a source.
 */
export const prices: PriceSeed[] = [
  {
    name: 'En hospitalsindlæggelse',
    unit: 'pr. indlæggelse',
    year: 2026,
    bearer: 'REGION',
    note: 'Mangler: intet beløb med kilde er indtastet.',
  },
  {
    name: 'En time hjemmepleje',
    unit: 'pr. time',
    year: 2026,
    bearer: 'KOMMUNE',
    note: 'Mangler: intet beløb med kilde er indtastet.',
  },
  {
    name: 'En dag med sygedagpenge',
    unit: 'pr. dag',
    year: 2026,
    bearer: 'KOMMUNE',
    note: 'Mangler: intet beløb med kilde er indtastet. Statens refusion af en del af udgiften er ikke regnet med.',
  },
];
