// The seed catalogue: every offer the municipality's documents name, written as a catalogue entry.
// What the documents give (the offer, its purpose and target group where stated, the owning centre) is
// cited by `source`; details they do not give (times, addresses, phone numbers, ages where not stated)
// are plausible demo values, and every such offer has `isDemoData: true` so the UI marks it.
// Owning centres follow projects.ts: the 2017 move names no receiving centre, so the centres chosen
// there are used here too. Contacts are functions, never people. Need categories by code or label.
import { HEALTH_STAFF } from './organisation';
import type { SourceKey } from './sources';

type AccessRoute = 'SELF_REFERRAL' | 'GP_REFERRAL' | 'CLARIFYING_TALK' | 'VISITATION';

export interface OfferLocationSeed {
  name: string;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  accessibility?: string;
}

export interface OfferScheduleSeed {
  kind: 'RECURRING' | 'COURSE';
  weekday?: number;
  opensAt?: string;
  closesAt?: string;
  validFrom?: `${number}-${number}-${number}`;
  validTo?: `${number}-${number}-${number}`;
  description?: string;
  /** Name of one of the offer's locations. */
  location?: string;
}

export interface OfferSeed {
  name: string;
  shortDescription: string;
  description: string;
  status?: 'ACTIVE' | 'TEMPORARILY_CLOSED' | 'INACTIVE' | 'ENDED';
  alert?: string;
  /** Name of an org unit of Ishøj Kommune. */
  ownerUnit: string;
  contactName: string;
  contactEmail?: string;
  contactPhone?: string;
  professionalPhone?: string;
  intakeNotes?: string;
  tellCitizen?: string;
  accessRoutes: AccessRoute[];
  eligibility?: string;
  minAge?: number;
  maxAge?: number;
  targetGroups: string[];
  /** Need-category codes or labels (packages/shared/src/needCategories.ts). */
  needCategories: string[];
  costKr?: number;
  costDescription?: string;
  languages: string[];
  languageNote?: string;
  interpreter?: boolean;
  accessibility?: string;
  bookingUrl?: string;
  formats: string[];
  isDemoData: boolean;
  /** Months since "Bekræft oplysninger"; null = never confirmed. Feeds the review queue. */
  assuredMonthsAgo: number | null;
  source: SourceKey;
  /** Project name (projects.ts) and theme code the offer belongs to. */
  project?: string;
  theme?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
  locations: OfferLocationSeed[];
  schedules: OfferScheduleSeed[];
}

const ELDER = 'Center for Ældre og Rehabilitering';
const SCHOOLS = 'Center for Dagtilbud og Skoler';
const CHILDREN = 'Center for Børn og Forebyggelse';
const CULTURE = 'Center for Kultur og Fritid';
const SOCIAL = 'Center for Socialservice';

// Demo places (plausible, not from the documents).
const HEALTH_CENTRE: OfferLocationSeed = {
  name: 'Sundhedscentret',
  address: 'Ishøj Store Torv 20',
  postalCode: '2635',
  city: 'Ishøj',
  accessibility: 'Elevator og handicaptoilet. Niveaufri adgang fra torvet.',
};
const SPORTS_CENTRE: OfferLocationSeed = {
  name: 'Ishøj Idrætscenter',
  address: 'Vejledalen 17',
  postalCode: '2635',
  city: 'Ishøj',
  accessibility: 'Niveaufri adgang og handicaptoilet.',
};
const POOL: OfferLocationSeed = {
  name: 'Ishøj Svømmehal',
  address: 'Vejledalen 17',
  postalCode: '2635',
  city: 'Ishøj',
  accessibility: 'Lift til bassinet og handicapomklædning.',
};
const TRAINING_CENTRE: OfferLocationSeed = {
  name: 'Træningscentret',
  address: 'Baldersbuen 50',
  postalCode: '2640',
  city: 'Hedehusene',
  accessibility: 'Niveaufri adgang.',
};
const HOMELESS_HOUSE: OfferLocationSeed = {
  name: 'Fælleshuset ved hjemløseboligerne',
  address: null,
  postalCode: '2635',
  city: 'Ishøj',
};
const PHONE = '43 57 75 75';

export const offers: OfferSeed[] = [
  {
    name: 'Rygestopkursus',
    shortDescription: 'Gratis hold, hvor du sammen med andre får hjælp til at stoppe med at ryge.',
    description:
      'Et rygestopkursus er et forløb med fem mødegange over seks uger. En uddannet rygestoprådgiver hjælper dig med at lægge en plan, håndtere abstinenser og trangen til at ryge, og du får råd om nikotinerstatning og medicin. Du møder andre, der også vil stoppe. Kurset er for alle, der ryger eller bruger andre nikotinprodukter og gerne vil stoppe – også hvis du har prøvet før.',
    ownerUnit: ELDER,
    contactName: 'Rygestoprådgiver, Center for Ældre og Rehabilitering',
    contactEmail: 'rygestop@ishoj.dk',
    contactPhone: PHONE,
    professionalPhone: '43 57 70 10',
    intakeNotes:
      'Borgeren kan melde sig selv. Spørg gerne til tidligere stopforsøg og til KOL eller hjerte-kar-sygdom; så kan rådgiveren tilbyde individuel samtale.',
    tellCitizen: 'Det er gratis, og du behøver ikke have besluttet en stopdato. Du kan tage en ven med.',
    accessRoutes: ['SELF_REFERRAL', 'GP_REFERRAL'],
    eligibility: 'Borgere i Ishøj Kommune, der ryger eller bruger nikotinprodukter. Unge under 18 får et ungeforløb.',
    minAge: 15,
    targetGroups: ['unge', 'voksne', 'rygere', 'gravide'],
    needCategories: ['rygning', 'Tobaksafvænning', 'Nikotin- og tobaksafvænning'],
    costKr: 0,
    costDescription: 'Gratis. Nikotinerstatning kan købes med rabat under kurset.',
    languages: ['da'],
    languageNote: 'Individuelle samtaler kan foregå med tolk.',
    interpreter: true,
    formats: ['hold', 'individuel'],
    isDemoData: true,
    assuredMonthsAgo: 2,
    source: 'fokus2017.konsekvenser',
    project: 'Rygestopkurser',
    locations: [HEALTH_CENTRE],
    schedules: [
      {
        kind: 'COURSE',
        weekday: 2,
        opensAt: '16:30',
        closesAt: '18:00',
        validFrom: '2026-02-03',
        validTo: '2026-03-10',
        description: 'Forårshold, 5 mødegange',
        location: 'Sundhedscentret',
      },
      {
        kind: 'COURSE',
        weekday: 2,
        opensAt: '16:30',
        closesAt: '18:00',
        validFrom: '2026-09-01',
        validTo: '2026-10-06',
        description: 'Efterårshold, 5 mødegange',
        location: 'Sundhedscentret',
      },
    ],
  },
  {
    name: 'Minisport/Leg dig glad',
    shortDescription: 'Leg, bevægelse og boldspil for de mindste børn sammen med en voksen.',
    description:
      'Minisport/Leg dig glad er sjov bevægelse for små børn: løb, hop, balance og boldlege, tilpasset børnenes alder. Målet er, at børnene får glæde ved at bevæge sig og styrker motorikken. En voksen deltager sammen med barnet. Tilbuddet drives af Center for Dagtilbud og Skoler og foregår også i nogle daginstitutioner.',
    ownerUnit: SCHOOLS,
    contactName: 'Motorikkonsulent, Center for Dagtilbud og Skoler',
    contactEmail: 'minisport@ishoj.dk',
    contactPhone: PHONE,
    tellCitizen: 'Barnet skal have tøj på, man kan bevæge sig i, og en drikkedunk med.',
    accessRoutes: ['SELF_REFERRAL'],
    eligibility: 'Børn og en voksen fra familien.',
    minAge: 2,
    maxAge: 6,
    targetGroups: ['børn', 'familier'],
    needCategories: ['motion', 'Vejledning og introduktion til fysiske aktiviteter'],
    costKr: 0,
    languages: ['da'],
    formats: ['hold'],
    isDemoData: true,
    assuredMonthsAgo: 8,
    source: 'fokus2017.konsekvenser',
    project: 'Minisport/Leg dig glad',
    locations: [SPORTS_CENTRE],
    schedules: [{ kind: 'RECURRING', weekday: 6, opensAt: '09:30', closesAt: '10:30', location: 'Ishøj Idrætscenter' }],
  },
  {
    name: 'Jump4fun',
    shortDescription: 'Træning med sjippetov, musik og spring for børn, der gerne vil røre sig mere.',
    description:
      'Jump4fun er et motionshold for børn med sjippetov, trampolin og spring til musik. Holdet er for børn, der ikke er med i en idrætsforening, eller som har brug for et skub til at bevæge sig mere – fx børn med overvægt. Instruktørerne lægger vægt på, at alle kan være med, og at det er sjovt. Forældre får tilbud om en samtale med sundhedsplejen om familiens vaner.',
    ownerUnit: CHILDREN,
    contactName: 'Sundhedsplejen, Center for Børn og Forebyggelse',
    contactEmail: 'sundhedsplejen@ishoj.dk',
    contactPhone: PHONE,
    intakeNotes: 'Sundhedsplejersken kan henvise børn fra skolesundhedsplejen; familien kan også selv henvende sig.',
    accessRoutes: ['SELF_REFERRAL', 'CLARIFYING_TALK'],
    minAge: 7,
    maxAge: 12,
    targetGroups: ['børn', 'børn med overvægt', 'familier'],
    needCategories: ['motion', 'Fysisk træning'],
    costKr: 0,
    languages: ['da'],
    formats: ['hold'],
    isDemoData: true,
    assuredMonthsAgo: 14,
    source: 'fokus2017.konsekvenser',
    project: 'Jump4fun',
    theme: 'D',
    locations: [SPORTS_CENTRE],
    schedules: [{ kind: 'RECURRING', weekday: 3, opensAt: '15:30', closesAt: '16:30', location: 'Ishøj Idrætscenter' }],
  },
  {
    name: 'Træn dig glad',
    shortDescription: 'Træning i et roligt tempo for voksne, der vil i gang med at bevæge sig og have det bedre.',
    description:
      'Træn dig glad er et hold for voksne, der gerne vil i gang med motion, men ikke føler sig hjemme i et almindeligt fitnesscenter. Vi træner styrke, kondition og balance i et roligt tempo, og der er tid til en snak bagefter. Holdet passer også til dig, der er ensom, stresset eller har lavt humør og gerne vil møde andre. Tilbuddet drives af Center for Kultur og Fritid.',
    ownerUnit: CULTURE,
    contactName: 'Idrætskonsulent, Center for Kultur og Fritid',
    contactEmail: 'fritid@ishoj.dk',
    contactPhone: PHONE,
    accessRoutes: ['SELF_REFERRAL'],
    eligibility: 'Alle voksne borgere. Du behøver ikke have trænet før.',
    minAge: 18,
    targetGroups: ['voksne', 'ensomme', 'inaktive'],
    needCategories: ['motion', 'sociale-relationer', 'stress', 'Fysisk træning', 'Mental håndtering'],
    costKr: 0,
    languages: ['da'],
    formats: ['hold'],
    isDemoData: true,
    assuredMonthsAgo: null,
    source: 'fokus2017.konsekvenser',
    project: 'Træn dig glad',
    locations: [SPORTS_CENTRE],
    schedules: [{ kind: 'RECURRING', weekday: 4, opensAt: '10:00', closesAt: '11:00', location: 'Ishøj Idrætscenter' }],
  },
  {
    name: 'Træning i varmtvandsbassin',
    shortDescription: 'Skånsom træning i varmt vand for dig med gigt, smerter eller nedsat bevægelighed.',
    description:
      'I varmtvandsbassinet (ca. 32 grader) træner du bevægelighed, styrke og balance uden at belaste leddene. Træningen ledes af en fysioterapeut og passer til borgere med gigt, kroniske smerter, efter en operation eller med nedsat funktion. Du skal kunne klare dig selv i omklædningen eller have en hjælper med.',
    ownerUnit: ELDER,
    contactName: 'Fysioterapeut, Træningscentret',
    contactEmail: 'traening@ishoj.dk',
    contactPhone: PHONE,
    professionalPhone: '43 57 70 20',
    intakeNotes:
      'Kræver visitation fra Træningscentret eller en genoptræningsplan. Borgere med åbne sår eller inkontinens kan ikke deltage.',
    tellCitizen: 'Tag badetøj og håndklæde med. Der er lift til bassinet.',
    accessRoutes: ['VISITATION', 'GP_REFERRAL'],
    eligibility: 'Borgere med gigt, kroniske smerter eller nedsat bevægelighed efter vurdering.',
    minAge: 18,
    targetGroups: ['voksne', 'ældre', 'gigt', 'kroniske smerter'],
    needCategories: ['motion', 'Fysisk træning', 'Sygdomshåndtering'],
    costKr: 0,
    languages: ['da'],
    formats: ['hold'],
    isDemoData: true,
    assuredMonthsAgo: 7,
    source: 'fokus2017.konsekvenser',
    project: 'Træning i varmtvandsbassin',
    locations: [POOL],
    schedules: [
      { kind: 'RECURRING', weekday: 1, opensAt: '13:00', closesAt: '14:00', location: 'Ishøj Svømmehal' },
      { kind: 'RECURRING', weekday: 4, opensAt: '13:00', closesAt: '14:00', location: 'Ishøj Svømmehal' },
    ],
  },
  {
    name: 'Fars køkkenskole',
    shortDescription: 'Madlavningshold for fædre og deres børn: sund og billig hverdagsmad.',
    description:
      'På Fars køkkenskole laver fædre mad sammen med deres børn. Vi laver nem, sund og billig hverdagsmad, taler om indkøb og madpakker og spiser sammen bagefter. Du behøver ikke kunne lave mad i forvejen. Holdet giver også mulighed for at møde andre fædre i Ishøj.',
    ownerUnit: CHILDREN,
    contactName: 'Sundhedsplejen, Center for Børn og Forebyggelse',
    contactEmail: 'sundhedsplejen@ishoj.dk',
    contactPhone: PHONE,
    accessRoutes: ['SELF_REFERRAL'],
    eligibility: 'Fædre (og andre mandlige omsorgspersoner) med børn i alderen 4–12 år.',
    targetGroups: ['fædre', 'familier', 'børn'],
    minAge: 18,
    needCategories: ['kost', 'Madlavning i praksis', 'Kostvejledning', 'sociale-relationer'],
    costKr: 0,
    costDescription: 'Gratis. Råvarerne er betalt.',
    languages: ['da'],
    languageNote: 'Underviseren taler også engelsk og arabisk.',
    formats: ['hold'],
    isDemoData: true,
    assuredMonthsAgo: 3,
    source: 'fokus2017.konsekvenser',
    project: 'Fars køkkenskole',
    locations: [{ name: 'Skolekøkkenet, Vibeholmskolen', address: 'Vejledalen 1', postalCode: '2635', city: 'Ishøj' }],
    schedules: [
      {
        kind: 'COURSE',
        weekday: 4,
        opensAt: '17:00',
        closesAt: '19:30',
        validFrom: '2026-03-05',
        validTo: '2026-04-16',
        description: '6 torsdage',
        location: 'Skolekøkkenet, Vibeholmskolen',
      },
    ],
  },
  {
    name: 'Fodbold for sjov',
    shortDescription: 'Uformel fodbold for voksne, hvor det handler om fællesskab og glæde – ikke om at vinde.',
    description:
      'Fodbold for sjov er for voksne, der har lyst til at spille bold uden krav om niveau, træning eller kontingent. Man kommer, når man kan. Holdet er en god vej ind i motion og fællesskab for dig, der ikke er i en forening, og trænerne hjælper gerne videre til en klub.',
    ownerUnit: CULTURE,
    contactName: 'Idrætskonsulent, Center for Kultur og Fritid',
    contactEmail: 'fritid@ishoj.dk',
    contactPhone: PHONE,
    accessRoutes: ['SELF_REFERRAL'],
    minAge: 18,
    targetGroups: ['voksne', 'mænd', 'socialt udsatte', 'ensomme'],
    needCategories: ['motion', 'sociale-relationer', 'Vejledning og introduktion til fysiske aktiviteter'],
    costKr: 0,
    languages: ['da', 'en'],
    formats: ['hold', 'drop-in'],
    isDemoData: true,
    assuredMonthsAgo: 13,
    source: 'fokus2017.konsekvenser',
    project: 'Fodbold for sjov',
    locations: [
      { name: 'Kunstgræsbanen ved Ishøj Idrætscenter', address: 'Vejledalen 17', postalCode: '2635', city: 'Ishøj' },
    ],
    schedules: [
      {
        kind: 'RECURRING',
        weekday: 3,
        opensAt: '18:00',
        closesAt: '19:30',
        location: 'Kunstgræsbanen ved Ishøj Idrætscenter',
      },
    ],
  },
  {
    name: 'Nøffes Gadekøkken',
    shortDescription: 'Madlavning for unge med misbrug eller psykiske udfordringer – fællesskabet kommer først.',
    description:
      'I Nøffes Gadekøkken laver unge med misbrugsproblematikker mad sammen med Nøffe, der selv har levet på gaden. Fokus er først og fremmest socialt – at høre til og have et sted at komme – og dernæst madlavning. Mange bliver nysgerrige på kost og sundhed undervejs, og køkkenet kan være første skridt mod andre sundhedstilbud. Tilbuddet hører under Center for Socialservice.',
    ownerUnit: SOCIAL,
    contactName: 'Gadeplansmedarbejder, Center for Socialservice',
    contactEmail: 'socialservice@ishoj.dk',
    contactPhone: PHONE,
    professionalPhone: '43 57 70 30',
    intakeNotes:
      'Kontakt gadeplansteamet før første besøg, så den unge bliver taget godt imod. Ingen krav om stoffrihed, men man skal være klar i hovedet i køkkenet.',
    tellCitizen: 'Du kan bare komme og spise med første gang.',
    accessRoutes: ['SELF_REFERRAL', 'CLARIFYING_TALK'],
    eligibility: 'Unge med misbrugsproblematikker eller psykiske udfordringer.',
    minAge: 15,
    maxAge: 30,
    targetGroups: ['unge', 'misbrug', 'socialt udsatte', 'psykisk sårbare'],
    needCategories: ['kost', 'sociale-relationer', 'Madlavning i praksis'],
    costKr: 0,
    languages: ['da'],
    formats: ['hold', 'drop-in'],
    isDemoData: true,
    assuredMonthsAgo: 1,
    source: 'strategi.sundhedsbegreb',
    project: 'Nøffes Gadekøkken',
    locations: [{ name: 'Ungehuset', address: 'Ishøj Boulevard 4', postalCode: '2635', city: 'Ishøj' }],
    schedules: [
      { kind: 'RECURRING', weekday: 2, opensAt: '15:00', closesAt: '19:00', location: 'Ungehuset' },
      { kind: 'RECURRING', weekday: 4, opensAt: '15:00', closesAt: '19:00', location: 'Ungehuset' },
    ],
  },
  {
    name: 'CoolKids for unge',
    shortDescription: 'Forløb for unge med angst, der lærer at håndtere bekymringer sammen med deres forældre.',
    description:
      'CoolKids er et struktureret forløb, hvor unge med angst og bekymringer lærer konkrete redskaber til at tackle det, der er svært. Forløbet foregår i små grupper med en psykolog, og forældrene deltager i en del af møderne. Tilbuddet er under opstart i Ishøj.',
    alert: 'Tilbuddet er under opstart. Kontakt PPR for at høre om næste hold.',
    ownerUnit: CHILDREN,
    contactName: 'PPR, Center for Børn og Forebyggelse',
    contactEmail: 'ppr@ishoj.dk',
    contactPhone: PHONE,
    intakeNotes:
      'Kræver en afklarende samtale med PPR; ikke til unge i akut krise (henvis til egen læge eller akutpsykiatrien).',
    accessRoutes: ['CLARIFYING_TALK'],
    eligibility: 'Unge med angst eller mange bekymringer og deres forældre.',
    minAge: 13,
    maxAge: 17,
    targetGroups: ['unge', 'angst', 'familier'],
    needCategories: ['stress', 'Mental håndtering'],
    costKr: 0,
    languages: ['da'],
    formats: ['hold'],
    isDemoData: true,
    assuredMonthsAgo: null,
    source: 'fokus2016.andreProjekter',
    project: 'CoolKids for unge',
    locations: [HEALTH_CENTRE],
    schedules: [
      {
        kind: 'COURSE',
        weekday: 1,
        opensAt: '15:00',
        closesAt: '16:30',
        validFrom: '2026-09-07',
        validTo: '2026-11-30',
        description: '10 gange',
        location: 'Sundhedscentret',
      },
    ],
  },
  {
    name: 'Sundhedspakker/Lægetjek',
    shortDescription: 'Et gratis sundhedstjek med måling af blodtryk, vægt og kondition og en snak om dine vaner.',
    description:
      'Ved et sundhedstjek måler en sundhedsfaglig medarbejder blodtryk, vægt, livvidde og kondition, og I taler om kost, rygning, alkohol, motion, søvn og stress. Du går derfra med en lille "sundhedspakke": en plan for, hvad du selv vil arbejde med, og hvilke tilbud i kommunen der kan hjælpe. Giver målingerne grund til det, opfordres du til at kontakte din egen læge.',
    alert: 'Tilbuddet er under opstart; der er begrænset antal tider.',
    ownerUnit: HEALTH_STAFF,
    contactName: 'Sundhedskonsulent, Sundhedsstaben',
    contactEmail: 'sundhed@ishoj.dk',
    contactPhone: PHONE,
    accessRoutes: ['SELF_REFERRAL', 'GP_REFERRAL'],
    eligibility: 'Voksne borgere i Ishøj, særligt dem, der sjældent går til læge.',
    minAge: 30,
    targetGroups: ['voksne', 'mænd', 'socialt udsatte'],
    needCategories: ['kost', 'rygning', 'alkohol', 'motion', 'søvn', 'stress', 'Behovssamtale'],
    costKr: 0,
    languages: ['da'],
    interpreter: true,
    languageNote: 'Tolk kan bestilles ved tidsbestilling.',
    bookingUrl: 'https://www.ishoj.dk/sundhedstjek',
    formats: ['individuel'],
    isDemoData: true,
    assuredMonthsAgo: 20,
    source: 'fokus2016.andreProjekter',
    project: 'Sundhedspakker/Lægetjek',
    locations: [HEALTH_CENTRE],
    schedules: [
      {
        kind: 'RECURRING',
        weekday: 5,
        opensAt: '09:00',
        closesAt: '12:00',
        description: 'Efter aftale',
        location: 'Sundhedscentret',
      },
    ],
  },
  {
    name: 'Patientuddannelse ved kronisk sygdom',
    shortDescription:
      'Undervisning for dig med type 2-diabetes, KOL, hjertesygdom eller anden kronisk sygdom – lær at leve godt med sygdommen.',
    description:
      'Patientuddannelsen er et hold over seks uger, hvor sygeplejerske, diætist og fysioterapeut underviser i sygdom, medicin, kost, motion og det at leve med en kronisk sygdom i hverdagen. Du lærer af de andre deltagere og får redskaber til at tage styring. Undervisningen følger Sundhedsstyrelsens anbefalinger. Pårørende er velkomne til en af gangene.',
    ownerUnit: ELDER,
    contactName: 'Sygeplejerske, Sundhedscentret',
    contactEmail: 'sundhedscenter@ishoj.dk',
    contactPhone: PHONE,
    professionalPhone: '43 57 70 40',
    intakeNotes:
      'Henvisning fra egen læge eller sygehus via kommunehenvisning (MedCom) til en afklarende samtale. Borgeren kan også selv ringe.',
    tellCitizen: 'Du starter med en samtale, hvor I sammen finder ud af, hvilket forløb der passer til dig.',
    accessRoutes: ['GP_REFERRAL', 'CLARIFYING_TALK', 'SELF_REFERRAL'],
    eligibility: 'Borgere med type 2-diabetes, KOL, hjerte-kar-sygdom, kræft eller anden kronisk sygdom.',
    minAge: 18,
    targetGroups: ['kronisk syge', 'diabetes', 'KOL', 'hjertesygdom', 'pårørende'],
    needCategories: ['Sygdomshåndtering', 'Kostvejledning', 'Afklarende samtale', 'kost', 'motion'],
    costKr: 0,
    languages: ['da'],
    interpreter: true,
    formats: ['hold'],
    isDemoData: true,
    assuredMonthsAgo: 5,
    source: 'strategi.udgifter',
    locations: [HEALTH_CENTRE],
    schedules: [
      {
        kind: 'COURSE',
        weekday: 3,
        opensAt: '10:00',
        closesAt: '12:00',
        validFrom: '2026-04-08',
        validTo: '2026-05-13',
        description: '6 onsdage',
        location: 'Sundhedscentret',
      },
    ],
  },
  {
    name: 'Rehabilitering ved kronisk sygdom',
    shortDescription:
      'Holdtræning og vejledning efter en afklarende samtale for dig med KOL, hjertesygdom, diabetes eller kræft.',
    description:
      'Rehabiliteringsforløbet består af fysisk træning to gange om ugen i 8–12 uger, kostvejledning og samtaler om at leve med sygdommen. Forløbet tilrettelægges efter en afklarende samtale, så det passer til din sygdom og dit niveau. Målet er, at du bliver stærkere, får mere overskud og undgår indlæggelser. Forløbet følger Sundhedsstyrelsens anbefalinger.',
    ownerUnit: ELDER,
    contactName: 'Fysioterapeut, Træningscentret',
    contactEmail: 'traening@ishoj.dk',
    contactPhone: PHONE,
    professionalPhone: '43 57 70 20',
    intakeNotes:
      'Kræver henvisning fra egen læge eller sygehus (genoptræningsplan eller kommunehenvisning). Afklarende samtale inden for 14 dage.',
    accessRoutes: ['GP_REFERRAL', 'CLARIFYING_TALK'],
    eligibility: 'Borgere med KOL, hjerte-kar-sygdom, type 2-diabetes eller kræft.',
    minAge: 18,
    targetGroups: ['kronisk syge', 'KOL', 'hjertesygdom', 'diabetes', 'kræft'],
    needCategories: ['Fysisk træning', 'Sygdomshåndtering', 'Kostvejledning', 'Opfølgning', 'motion'],
    costKr: 0,
    languages: ['da'],
    interpreter: true,
    formats: ['hold', 'individuel'],
    isDemoData: true,
    assuredMonthsAgo: 9,
    source: 'strategi.udgifter',
    locations: [TRAINING_CENTRE],
    schedules: [
      { kind: 'RECURRING', weekday: 2, opensAt: '09:00', closesAt: '10:30', location: 'Træningscentret' },
      { kind: 'RECURRING', weekday: 5, opensAt: '09:00', closesAt: '10:30', location: 'Træningscentret' },
    ],
  },
  {
    name: 'Fællesmadlavning i hjemløseboligerne',
    shortDescription: 'Beboerne i hjemløseboligerne laver mad og spiser sammen i fælleshusets køkken.',
    description:
      'I fælleshusets køkken laver beboerne mad sammen med sundhedskoordinatoren og den sociale vicevært. Formålet er dels sund og alsidig mad, dels fællesskab og meningsfulde aktiviteter i hverdagen. Afgrøder fra nyttehaverne bruges i køkkenet. På sigt kan en beboer få en funktion i køkkenet, som Nøffe har det i Nøffes Gadekøkken.',
    ownerUnit: SOCIAL,
    contactName: 'Sundhedskoordinator for hjemløseboligerne, Center for Socialservice',
    contactEmail: 'socialservice@ishoj.dk',
    contactPhone: PHONE,
    intakeNotes: 'Kun for beboere i de 6 hjemløseboliger. Aktiviteterne planlægges efter beboernes egne interesser.',
    accessRoutes: ['VISITATION'],
    eligibility: 'Beboere i kommunens hjemløseboliger.',
    minAge: 18,
    targetGroups: ['hjemløse', 'socialt udsatte'],
    needCategories: ['kost', 'sociale-relationer', 'Madlavning i praksis'],
    costKr: 0,
    languages: ['da'],
    formats: ['hold'],
    isDemoData: true,
    assuredMonthsAgo: 15,
    source: 'strategi.temaC',
    theme: 'C',
    locations: [HOMELESS_HOUSE],
    schedules: [{ kind: 'RECURRING', weekday: 3, opensAt: '16:00', closesAt: '19:00', location: HOMELESS_HOUSE.name }],
  },
  {
    name: 'Bevægelse for beboere i hjemløseboligerne',
    shortDescription: 'Krocket, cykelture i rickshaw, fodbold og andre aktiviteter i beboernes eget tempo.',
    description:
      'Fælleshuset og fællesarealerne bruges til bevægelse inde og ude: krocket, ture i rickshaw-cykler til grønne områder eller dyreparken, fodbold og lignende. Aktiviteterne tilpasses beboernes fysiske og psykiske form og deres egne ønsker.',
    ownerUnit: SOCIAL,
    contactName: 'Sundhedskoordinator for hjemløseboligerne, Center for Socialservice',
    contactEmail: 'socialservice@ishoj.dk',
    contactPhone: PHONE,
    accessRoutes: ['VISITATION'],
    eligibility: 'Beboere i kommunens hjemløseboliger.',
    minAge: 18,
    targetGroups: ['hjemløse', 'socialt udsatte'],
    needCategories: ['motion', 'sociale-relationer', 'Vejledning og introduktion til fysiske aktiviteter'],
    costKr: 0,
    languages: ['da'],
    formats: ['hold'],
    isDemoData: true,
    assuredMonthsAgo: 15,
    source: 'strategi.temaC',
    theme: 'C',
    locations: [HOMELESS_HOUSE],
    schedules: [{ kind: 'RECURRING', weekday: 5, opensAt: '13:00', closesAt: '15:00', location: HOMELESS_HOUSE.name }],
  },
  {
    name: 'Nyttehaver for beboere i hjemløseboligerne',
    shortDescription: 'Beboerne passer deres egne nyttehaver og bruger afgrøderne i fælleskøkkenet.',
    description:
      'Beboerne i hjemløseboligerne kan få ansvar for en nyttehave (evt. et par af kommunens nyttehaver). Havearbejdet har både et terapeutisk og et praktisk formål: frisk luft, rytme i hverdagen og grøntsager til fællesmadlavningen.',
    ownerUnit: SOCIAL,
    contactName: 'Sundhedskoordinator for hjemløseboligerne, Center for Socialservice',
    contactEmail: 'socialservice@ishoj.dk',
    contactPhone: PHONE,
    accessRoutes: ['VISITATION'],
    eligibility: 'Beboere i kommunens hjemløseboliger.',
    minAge: 18,
    targetGroups: ['hjemløse', 'socialt udsatte'],
    needCategories: ['motion', 'kost', 'sociale-relationer', 'Færdighedstræning'],
    costKr: 0,
    languages: ['da'],
    formats: ['individuel', 'hold'],
    isDemoData: true,
    assuredMonthsAgo: null,
    source: 'strategi.temaC',
    theme: 'C',
    locations: [{ name: 'Kommunens nyttehaver', address: null, postalCode: '2635', city: 'Ishøj' }],
    schedules: [
      {
        kind: 'COURSE',
        validFrom: '2026-04-01',
        validTo: '2026-10-31',
        description: 'Havesæson; beboerne kommer, når de vil',
      },
    ],
  },
];

/** Names of the offers the documents name (seed tests check each is present). */
export const namedOfferNames = offers.map((o) => o.name);
