// Strategic themes A–G of "Strategi for sundhedsudvikling 2016-2017" (seed 001), with the time frame
// ("TIDSRAMME") and economy ("ØKONOMI") boxes of each theme. Statuses reflect the latest document:
// Fokus på Sundhed (december 2016) reports the mapping done and the health forum started.
// Staff hours given as a range ("5-10 timer") stay in the description with staffHours null:
// a single figure would be invented.
import { HEALTH_STAFF } from './organisation';
import type { ThemeSeed } from './types';

export const themes: ThemeSeed[] = [
  {
    code: 'A',
    title: 'Koordinering af sundhedsindsatsen',
    kind: 'INTERNAL',
    description:
      'Kortlægning af kommunens mange tilbud med direkte eller indirekte sundhedsperspektiv og et redskab, som gør det muligt for frontmedarbejderne at formidle viden om relevante tilbud, når borgeren er motiveret – så viden er tilgængelig samtidig med behovet, dvs. i det konkrete møde mellem borger og frontmedarbejder. Implementeringsprojektet ledes af Stabsenhed for Sundhedsudvikling med repræsentanter fra relevante fagcentre; om redskabet bliver på papir eller elektronisk, er ikke afklaret. Kortlægningen "Sundhedstilbud i Ishøj Kommune, oktober 2016" er udarbejdet, og Sundhedsforum arbejder videre med den.',
    status: 'IN_PROGRESS',
    timeFrame: '3. kvartal 2016 – 1. kvartal 2017; derefter løbende vedligeholdelse',
    source: 'strategi.temaA',
    responsibleUnits: [
      { unit: HEALTH_STAFF, lead: true },
      { unit: 'Stabsenhed for Borgerservice', lead: false },
      { unit: 'Center for Socialservice', lead: false },
      { unit: 'Center for Børn og Forebyggelse', lead: false },
      { unit: 'Center for Ældre og Rehabilitering', lead: false },
      { unit: 'Center for Dagtilbud og Skoler', lead: false },
      { unit: 'Center for Kultur og Fritid', lead: false },
    ],
    milestones: [
      {
        year: 2016,
        quarter: 3,
        text: 'Kortlægning af tilbud igangsættes inden sommerferien og analyseres i Stabsenhed for Sundhedsudvikling',
        status: 'DONE',
        source: 'strategi.temaA',
      },
      {
        year: 2016,
        quarter: 4,
        text: 'Implementeringsprojekt igangsættes: et arbejdsredskab, der gør kortlægningen anvendelig for frontmedarbejderne',
        status: 'PLANNED',
        source: 'strategi.temaA',
      },
      {
        year: 2017,
        quarter: 1,
        text: 'Projektperioden afsluttes; vedligeholdelsen af arbejdsredskabet bliver en driftsopgave i Stabsenhed for Sundhedsudvikling',
        status: 'PLANNED',
        source: 'strategi.temaA',
      },
    ],
    budgetLines: [
      {
        year: 2016,
        description:
          'Stabsenhed for Sundhedsudvikling (og evt. Stabsenhed for Borgerservice) i projektperioden: skøn 5-10 timer ugentligt',
        amountKr: null,
        staffHours: null,
        hoursUnit: 'PER_WEEK',
        fundingSource: 'Personaletimer; projektet kræver ikke særskilt budget',
        source: 'strategi.temaA',
      },
      {
        year: 2016,
        description: 'Fagcentrene: sammenlagt 10-15 timer over hele projektperioden',
        amountKr: null,
        staffHours: null,
        hoursUnit: 'TOTAL',
        fundingSource: 'Personaletimer; projektet kræver ikke særskilt budget',
        source: 'strategi.temaA',
      },
      {
        year: 2017,
        description: 'Løbende vedligeholdelse af arbejdsredskabet: højst sammenlagt 1 arbejdsdag om måneden',
        amountKr: null,
        staffHours: null,
        hoursUnit: 'PER_MONTH',
        fundingSource: 'Personaletimer i Stabsenhed for Sundhedsudvikling (driftsopgave)',
        source: 'strategi.temaA',
      },
    ],
  },
  {
    code: 'B',
    title: 'Etablering af sundhedsorganisation',
    kind: 'INTERNAL',
    description:
      'En fælles forståelse og definition af sundhed i administrationen (proces i efteråret 2016 med koncernledelsen og nøglepersoner, derefter politisk godkendelse), et re-etableret tværgående sundhedsforum med et klart mandat, specialistnetværk på relevante temaområder og medlemskab af Sund By Netværket. Fokus på Sundhed (december 2016): sundhedsforummet er igangsat, og i stedet for stående specialistnetværk nedsættes arbejdsgrupper ad hoc.',
    status: 'IN_PROGRESS',
    timeFrame: '4. kvartal 2016 – 1. kvartal 2017',
    source: 'strategi.temaB',
    responsibleUnits: [{ unit: HEALTH_STAFF, lead: true }],
    milestones: [
      {
        year: 2016,
        quarter: 4,
        text: 'Etablering af det tværgående sundhedsnetværk (Sundhedsforum)',
        status: 'DONE',
        source: 'strategi.temaB',
      },
      {
        year: 2017,
        quarter: 1,
        text: 'Ishøj Kommune melder sig ind i Sund By Netværket',
        status: 'PLANNED',
        source: 'strategi.temaB',
      },
      {
        year: 2017,
        quarter: 1,
        text: 'Etablering af specialistnetværk på relevante indsatsområder',
        status: 'PLANNED',
        source: 'strategi.temaB',
      },
    ],
    budgetLines: [
      {
        year: 2016,
        description:
          'Personaletimer pr. medlem af det tværgående sundhedsforum (medarbejdere uden for Sundhedsudvikling)',
        amountKr: null,
        staffHours: 3,
        hoursUnit: 'PER_MONTH',
        fundingSource: 'Personaletimer; organiseringen er uden driftsudgifter',
        source: 'strategi.temaB',
      },
      {
        year: 2017,
        description: 'Personaletimer pr. medlem af specialistnetværkene (medarbejdere uden for Sundhedsudvikling)',
        amountKr: null,
        staffHours: 3,
        hoursUnit: 'PER_MONTH',
        fundingSource: 'Personaletimer; organiseringen er uden driftsudgifter',
        source: 'strategi.temaB',
      },
      {
        year: 2017,
        description: "Personaletimer pr. deltager i SBN's temagrupper (medarbejdere uden for Sundhedsudvikling)",
        amountKr: null,
        staffHours: 3,
        hoursUnit: 'PER_MONTH',
        fundingSource: 'Personaletimer; organiseringen er uden driftsudgifter',
        source: 'strategi.temaB',
      },
      {
        year: 2017,
        description: 'Medlemskab af Sund By Netværket (årligt)',
        amountKr: 30_000,
        staffHours: null,
        hoursUnit: null,
        fundingSource: 'Stabsenhed for Sundhedsudviklings driftsbudget',
        source: 'strategi.temaB',
      },
    ],
  },
  {
    code: 'C',
    title: 'Sundhed for hjemløse',
    kind: 'CITIZEN',
    description:
      'Et sundhedsperspektiv i de 6 hjemløseboliger, som Social- og Sundhedsudvalget i juni 2016 indstillede til budgetforhandlingerne: sund kost (køkken i fælleshuset, madlavning med beboerne), bevægelse (fælleshus og fællesarealer som arena for motion) og nyttehaver. Målet er at øge målgruppens trivsel og sundhed, og visionen er, at 1-2 beboere kan få ansættelse i kommunen på nedsat tid som en "ny Nøffe" (jf. Nøffes Gadekøkken). Udvikles af Center for Socialservice og Stabsenhed for Sundhedsudvikling og afventer budgetvedtagelsen og dialog med målgruppen.',
    status: 'AWAITING',
    timeFrame: '4. kvartal 2016: projektudvikling, når budgettet er vedtaget og hvis hjemløseboligerne indgår',
    source: 'strategi.temaC',
    responsibleUnits: [
      { unit: 'Center for Socialservice', lead: false },
      { unit: HEALTH_STAFF, lead: false },
    ],
    milestones: [
      {
        year: 2016,
        quarter: 4,
        text: 'Projektudvikling (når budgettet er vedtaget og hvis hjemløseboligerne inkl. sundhedsperspektivet indgår i budgettet)',
        status: 'AWAITING',
        source: 'strategi.temaC',
      },
    ],
    // The document states the economy per year without naming the year; the homes were part of the
    // budget negotiations in autumn 2016, so the lines belong to budget year 2017.
    budgetLines: [
      {
        year: 2017,
        description: 'Sundhedskoordinator 15 timer/uge (evt. samme medarbejder som den sociale vicevært)',
        amountKr: 150_000,
        staffHours: 15,
        hoursUnit: 'PER_WEEK',
        fundingSource:
          'Budgetforhandlingerne: forudsætter, at hjemløseboligerne inkl. sundhedsperspektivet indgår i budgettet',
        source: 'strategi.temaC',
      },
      {
        year: 2017,
        description: 'Driftsudgifter til sundhedsperspektivet i hjemløseboligerne',
        amountKr: 50_000,
        staffHours: null,
        hoursUnit: null,
        fundingSource:
          'Budgetforhandlingerne: forudsætter, at hjemløseboligerne inkl. sundhedsperspektivet indgår i budgettet',
        source: 'strategi.temaC',
      },
    ],
  },
  {
    code: 'D',
    title: 'Børn med overvægt',
    kind: 'MIXED',
    description:
      'Et specialistnetværk med nøglepersoner fra alle tilbud til børn med overvægt eller udfordringer med kost og motion skal sikre en fælles forståelse af sundhedsopgaven for målgruppen, fremme videndeling og faglig sparring på tværs af projekter og centre, være faglig ressource for koncernledelse og byråd og fremme dokumentation og effektmåling. Stabsenhed for Sundhedsudvikling har formandskabet. Et handlingskatalog med effektmål skal godkendes i Social- og Sundhedsudvalget.',
    status: 'PLANNED',
    timeFrame: '3. kvartal 2016 – 1. kvartal 2017',
    source: 'strategi.temaD',
    responsibleUnits: [
      { unit: HEALTH_STAFF, lead: true },
      { unit: 'Center for Børn og Forebyggelse', lead: false },
      { unit: 'Center for Dagtilbud og Skoler', lead: false },
    ],
    milestones: [
      {
        year: 2016,
        quarter: 3,
        text: 'Etablering af specialistnetværk med nøglepersoner fra alle indsatser',
        status: 'PLANNED',
        source: 'strategi.temaD',
      },
      {
        year: 2017,
        quarter: 1,
        text: 'Formulering af handlingskatalog for målgruppen, herunder effektmål, til godkendelse i Social- og Sundhedsudvalget',
        status: 'PLANNED',
        source: 'strategi.temaD',
      },
    ],
    budgetLines: [
      {
        year: 2016,
        description: 'Personaletimer pr. nøgleperson i specialistnetværket (ca.)',
        amountKr: null,
        staffHours: 5,
        hoursUnit: 'PER_MONTH',
        fundingSource: 'Personaletimer; specialistnetværket indebærer ikke driftsudgifter',
        source: 'strategi.temaD',
      },
    ],
  },
  {
    code: 'E',
    title: 'Sundhed i Natur- og Friluftspolitikken',
    kind: 'CITIZEN',
    description:
      'Sundhed er ét af fire indsatsområder i den kommende Natur- og Friluftspolitik. Der planlægges et tæt samarbejde mellem Teknik og Miljø-området og Sundhedsudvikling om handlingskataloget for sundhedsmålet, som forventes forelagt Social- og Sundhedsudvalget til godkendelse. Projektet er primært forankret i Teknik og Miljø-området; tidsramme og økonomi er ikke afklaret.',
    status: 'AWAITING',
    timeFrame: 'Planlægning inkl. tidsramme afventer vedtagelse af Natur- og Friluftspolitikken',
    source: 'strategi.temaE',
    responsibleUnits: [
      { unit: 'Teknik og Miljø', lead: true },
      { unit: HEALTH_STAFF, lead: false },
    ],
    milestones: [],
    // "Samarbejdet planlægges igangsat i løbet af efteråret" (autumn 2016); no figure is given.
    budgetLines: [
      {
        year: 2016,
        description:
          'Udarbejdelse af handlingskatalog for sundhedsmålet: alene udgifter i personaletimer (omfang ikke angivet)',
        amountKr: null,
        staffHours: null,
        hoursUnit: null,
        fundingSource: 'Personaletimer',
        source: 'strategi.temaE',
      },
    ],
  },
  {
    code: 'F',
    title: 'Analyse af den aktivitetsbestemte medfinansiering',
    kind: 'ANALYSIS',
    description:
      'Grundig analyse af den aktivitetsbestemte medfinansiering med deltagelse af Stabscenter for Økonomi, Center for Ældre og Rehabilitering og Stabsenhed for Sundhedsudvikling: de forventede udgifter efter de ændrede regler fra 2018, og hvilke diagnoseområder (hvis nogen) der giver mulighed for forebyggende sundhedsindsatser. Udgifterne sammenlignes med kommuner på Vestegnen og på landsplan. Resultater og anbefalinger forelægges Social- og Sundhedsudvalget til drøftelse.',
    status: 'IN_PROGRESS',
    // Verbatim: the document puts the results (Q1–Q2 2017) before the analysis (Q3–Q4 2017).
    timeFrame:
      'Analysen: 3.-4. kvartal 2017; resultater til Social- og Sundhedsudvalget: 1.-2. kvartal 2017 (som angivet i dokumentet)',
    source: 'strategi.temaF',
    responsibleUnits: [
      { unit: HEALTH_STAFF, lead: false },
      { unit: 'Direktionscenter Økonomi', lead: false },
      { unit: 'Center for Ældre og Rehabilitering', lead: false },
    ],
    milestones: [
      {
        year: 2017,
        quarter: 1,
        text: 'Resultater og anbefalinger forelægges Social- og Sundhedsudvalget med henblik på drøftelse (1.-2. kvartal 2017)',
        status: 'PLANNED',
        source: 'strategi.temaF',
      },
      {
        year: 2017,
        quarter: 3,
        text: 'Analysen udarbejdes (3.-4. kvartal 2017)',
        status: 'PLANNED',
        source: 'strategi.temaF',
      },
    ],
    budgetLines: [
      {
        year: 2017,
        description: 'Alene udgifter til personaleressourcer i forbindelse med analysen (omfang ikke angivet)',
        amountKr: null,
        staffHours: null,
        hoursUnit: null,
        fundingSource: 'Personaletimer',
        source: 'strategi.temaF',
      },
    ],
  },
  {
    code: 'G',
    title: 'Sundhed for socialt udsatte borgere',
    kind: 'CITIZEN',
    description:
      'Center for Ældre og Rehabilitering vil sammen med Center for Sund Aldring på Københavns Universitet søge Nordea-fonden om midler til nye typer sundhedstilbud til udsatte borgere, som kommunen har svært ved at rekruttere – primært borgere over 65 år. Center for Socialservice er udgangspunkt for indsatser for socialt udsatte mellem 18 og 65 år. Projektet er på et tidligt stadie. Fokus på Sundhed (december 2016): der udarbejdes en ansøgning til sundhedspuljen med projekterne beskrevet efter Skandia-modellen.',
    status: 'PLANNED',
    timeFrame: 'Ingen tidsramme for ansøgning eller projekt (tidligt stadie)',
    source: 'strategi.temaG',
    responsibleUnits: [
      { unit: 'Center for Ældre og Rehabilitering', lead: true },
      { unit: 'Center for Socialservice', lead: false },
    ],
    milestones: [],
    budgetLines: [],
  },
];
