// The seven projects that "Fokus på Sundhed 2" (seed 002) moves from the staff unit to "de fagcentre,
// som naturligt har samarbejde med eller har ansvar for det fagområde, som projektet udfoldes i".
// The document names no receiving centre for any of them: each choice below is ours, by subject
// area, and each ownership note says so. The move date 1.1.2017 is the start of the new organisation
// ("hvordan sundhedsarbejdet kan organiseres fra januar 2017").
import { HEALTH_STAFF } from './organisation';
import type { IsoDate, ProjectSeed } from './types';

const MOVED_ON: IsoDate = '2017-01-01';

function moved(name: string, centre: string, reason: string, description: string | null = null): ProjectSeed {
  return {
    name,
    description,
    status: 'IN_PROGRESS',
    ownerUnit: centre,
    source: 'fokus2017.konsekvenser',
    ownership: [
      {
        unit: HEALTH_STAFF,
        fromDate: null,
        toDate: MOVED_ON,
        note: 'Drevet af Stabsenhed for Sundhedsudvikling (etableret marts 2016), hvortil medarbejdere tog deres projekter med fra fagcentrene; startdatoen i staben er ikke angivet.',
        source: 'fokus2017.konsekvenser',
      },
      {
        unit: centre,
        fromDate: MOVED_ON,
        toDate: null,
        note: `Flyttet til fagcenter ved reorganiseringen fra januar 2017. Dokumentet angiver ikke det modtagende center; ${centre} er valgt, fordi ${reason}.`,
        source: 'fokus2017.konsekvenser',
      },
    ],
  };
}

export const projects: ProjectSeed[] = [
  moved(
    'Rygestopkurser',
    'Center for Ældre og Rehabilitering',
    'rygestop er et tilbud til voksne, og centeret arbejder med forebyggelse og rehabilitering',
    'Driften af rygestopkurser.',
  ),
  moved(
    'Minisport/Leg dig glad',
    'Center for Dagtilbud og Skoler',
    'bevægelsesaktiviteter for mindre børn udfoldes i dagtilbud og skoler',
  ),
  moved(
    'Jump4fun',
    'Center for Børn og Forebyggelse',
    'målgruppen er børn, og centeret arbejder med forebyggelse for børn',
  ),
  moved(
    'Træn dig glad',
    'Center for Kultur og Fritid',
    'træning er en fritids- og idrætsaktivitet; dokumentet beskriver ikke målgruppen nærmere',
  ),
  moved(
    'Træning i varmtvandsbassin',
    'Center for Ældre og Rehabilitering',
    'træning i varmtvandsbassin hører naturligt til træning og rehabilitering',
  ),
  moved(
    'Fars køkkenskole',
    'Center for Børn og Forebyggelse',
    'tilbuddet retter sig mod fædre og dermed familier med børn',
  ),
  moved('Fodbold for sjov', 'Center for Kultur og Fritid', 'fodbold er en idræts- og fritidsaktivitet'),
  // Other offers the documents name, without an ownership move.
  {
    name: 'Nøffes Gadekøkken',
    description:
      'Unge med misbrugsproblematikker deltager i madlavningsundervisning, som primært har et socialt fokus og sekundært et madlavningsfokus.',
    status: 'IN_PROGRESS',
    ownerUnit: 'Center for Socialservice',
    source: 'strategi.sundhedsbegreb',
    ownership: [
      {
        unit: 'Center for Socialservice',
        fromDate: null,
        toDate: null,
        note: 'Eksisterer allerede i regi af Center for Socialservice (strategien, 2016); startdatoen er ikke angivet.',
        source: 'strategi.sundhedsbegreb',
      },
    ],
    purpose: {
      text: 'Madlavningsundervisning, der primært har et socialt fokus og sekundært et madlavningsfokus; kan fungere som første skridt i retning af et øget fokus på sundhed.',
      source: 'strategi.sundhedsbegreb',
    },
    targetGroup: {
      text: 'Unge med misbrugsproblematikker (unge med forskellige psykiatriske eller misbrugsproblemer).',
      source: 'strategi.temaC',
    },
    evaluation: {
      result:
        'Strategien beskriver projektet som "en stor succes". Underviseren (Nøffe) er udlånt af Vallensbæk Kommune, og administrationen ønsker at finde en "Ishøj-Nøffe". Ingen evalueringsmetode eller -dato er angivet.',
      source: 'strategi.temaC',
    },
  },
  {
    name: 'Sundhedspakker/Lægetjek',
    description: 'Projekt på tegnebrættet.',
    status: 'PLANNED',
    ownerUnit: null,
    source: 'fokus2016.andreProjekter',
    ownership: [],
  },
  {
    name: 'CoolKids for unge',
    description: 'Projekt på tegnebrættet.',
    status: 'PLANNED',
    ownerUnit: null,
    source: 'fokus2016.andreProjekter',
    ownership: [],
  },
];

/** Names of the seven projects moved from the staff unit to the centres in 2017. */
export const movedProjectNames = projects.filter((p) => p.ownership.length === 2).map((p) => p.name);
// What the documents do not say about any of the ten (budget, milestones, indicators, status reports,
// evaluation method and date, and, except for Nøffes Gadekøkken, purpose and target group) is left empty
// and shown as missing (Project.missingFacts); nothing is filled in.
