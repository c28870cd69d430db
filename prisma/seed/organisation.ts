// Ishøj Kommune's health organisation from January 2017 (seeds 000–002) and Region Syddanmark's
// cooperation structure (seed 004). People appear by function only, never by name.
import type { BodySeed, OrgUnitSeed } from './types';

const ishoj = { municipality: 'Ishøj' } as const;
const syddanmark = { region: 'syddanmark' } as const;

export const DIRECTORATE = 'Direktøren for Velfærd og Undervisning';
export const HEALTH_STAFF = 'Sundhedsstaben';

export const orgUnits: OrgUnitSeed[] = [
  {
    name: DIRECTORATE,
    kind: 'DIRECTORATE',
    description:
      'Byrådet besluttede 6. december 2016 en organisationsændring, så alle centre og stabe, som i det daglige bidrager til borgernes sundhed, samles under direktøren for Velfærd og Undervisning.',
    source: 'fokus2016.baggrund',
  },
  {
    name: HEALTH_STAFF,
    kind: 'STAFF_UNIT',
    parent: DIRECTORATE,
    description:
      'Etableret i marts 2016 som Stabsenhed for Sundhedsudvikling (også kaldet Staben for Sundhedsudvikling og Staben for sundhedsfremme); det foreslås i januar 2017, at staben skifter navn til Staben for Sundhed. Består af en leder ("spillende træner"), en konsulent og i perioder en student og skal være spidskompetent på analyse og evaluering af sundhedsområdet. Chefen for sundhedsstaben indgår i chefgruppen hos direktøren for Velfærd og Undervisning.',
    source: 'fokus2017.konsekvenser',
  },
  {
    name: 'Center for Dagtilbud og Skoler',
    kind: 'CENTRE',
    parent: DIRECTORATE,
    description: 'Fast repræsenteret i Sundhedsforum (borgerrettede sundhedsopgaver).',
    source: 'fokus2017.sundhedsforum',
  },
  {
    name: 'Center for Børn og Forebyggelse',
    kind: 'CENTRE',
    parent: DIRECTORATE,
    description: 'Fast repræsenteret i Sundhedsforum (borgerrettede sundhedsopgaver).',
    source: 'fokus2017.sundhedsforum',
  },
  {
    name: 'Center for Socialservice',
    kind: 'CENTRE',
    parent: DIRECTORATE,
    description:
      'Fast repræsenteret i Sundhedsforum. Driver bl.a. Nøffes Gadekøkken og er udgangspunkt for indsatser for socialt udsatte mellem 18 og 65 år.',
    source: 'fokus2017.sundhedsforum',
  },
  {
    name: 'Center for Ældre og Rehabilitering',
    kind: 'CENTRE',
    parent: DIRECTORATE,
    description:
      'Fast repræsenteret i Sundhedsforum. Har et tæt samarbejde med Center for Sund Aldring på Københavns Universitet og deltager i analysen af den aktivitetsbestemte medfinansiering.',
    source: 'fokus2017.sundhedsforum',
  },
  {
    name: 'Center for Kultur og Fritid',
    kind: 'CENTRE',
    parent: DIRECTORATE,
    description: 'Fast repræsenteret i Sundhedsforum (borgerrettede sundhedsopgaver).',
    source: 'fokus2017.sundhedsforum',
  },
  {
    name: 'Staben for Tryghed og Kriminalitetsforebyggelse',
    kind: 'STAFF_UNIT',
    parent: DIRECTORATE,
    description: 'Fast repræsenteret i Sundhedsforum (borgerrettede sundhedsopgaver).',
    source: 'fokus2017.sundhedsforum',
  },
  // Units outside the directorate, or whose place in the hierarchy the documents do not give.
  {
    name: 'Direktionscenter Økonomi',
    kind: 'CENTRE',
    description:
      'Økonomicenteret; kaldes Stabscenter for Økonomi i strategien 2016. Der etableres et særligt makkerskab mellem Sundhedsstaben og en medarbejder i centeret, så stabens økonomiske analyser af de reaktive sundhedsopgaver får et detaljeret indblik.',
    source: 'fokus2017.oekonomi',
  },
  {
    name: 'Stabsenhed for Borgerservice',
    kind: 'STAFF_UNIT',
    description:
      'Deltager med digitaliseringskoordinatoren i implementeringsprojektet under tema A, hvis der vælges en digital løsning.',
    source: 'strategi.temaA',
  },
  {
    name: 'Teknik og Miljø',
    kind: 'OTHER',
    description:
      'Teknik og Miljø-området; projektet om sundhed i Natur- og Friluftspolitikken er primært forankret her (tema E). Foreslås at deltage i Sund By Netværkets temagruppe om natur og udeliv.',
    source: 'strategi.temaE',
  },
  {
    name: 'Park, Vej og Miljø',
    kind: 'OTHER',
    description: 'Foreslået som medlem af det tværgående sundhedsforum i strategien 2016.',
    source: 'strategi.temaB.forum',
  },
];

const centresInForum = [
  'Center for Dagtilbud og Skoler',
  'Center for Børn og Forebyggelse',
  'Center for Socialservice',
  'Center for Ældre og Rehabilitering',
  'Center for Kultur og Fritid',
  'Staben for Tryghed og Kriminalitetsforebyggelse',
];

export const municipalBodies: BodySeed[] = [
  {
    key: 'sundhedsstaben',
    name: 'Sundhedsstaben',
    kind: 'STAFF_UNIT',
    owner: ishoj,
    mandate:
      'At sikre økonomisk og faglig dokumentation, der kan lægges til grund for politiske og ledelsesmæssige beslutninger på sundhedsområdet. Ansvaret for driften af sundhedsindsatser og projekter ligger i fagcentrene; Sundhedsstaben har ansvar for løbende overblik, dataindsamling, analyse, evaluering og formidling af resultaterne.',
    tasks: [
      'Holde det overordnede overblik over projekter på sundhedsområdet',
      'Indsamle og analysere data fra sundhedsprojekter og udvalgte indsatser i den daglige drift, der er relateret til borgernes sundhed',
      'Udarbejde et overblik over det kommunale medfinansieringsbidrag',
      'Bistå ved evaluering af sundhedsprojekter',
      'Fremstille ledelsesinformation til det politiske niveau samt til direktion og chefniveau',
      'Informere det politiske udvalg om ny lovgivning på sundhedsområdet og nye initiativer fra Region Hovedstaden',
      'Deltage med en medarbejder i rehabiliteringsteamet',
      'Være tovholder på Sundhedsforum',
    ],
    meetingCadence: null,
    timeCost: null,
    source: 'fokus2017.sundhedsstaben',
    members: [
      {
        role: 'CHAIR',
        orgUnit: HEALTH_STAFF,
        function: 'leder af Sundhedsstaben ("spillende træner")',
        source: 'fokus2017.konsekvenser',
      },
      { role: 'MEMBER', orgUnit: HEALTH_STAFF, function: 'konsulent', source: 'fokus2017.konsekvenser' },
      { role: 'AD_HOC', orgUnit: HEALTH_STAFF, function: 'student (i perioder)', source: 'fokus2017.konsekvenser' },
      {
        role: 'AD_HOC',
        orgUnit: 'Direktionscenter Økonomi',
        function: 'medarbejder i økonomicenteret (særligt makkerskab med Sundhedsstaben)',
        source: 'fokus2017.oekonomi',
      },
    ],
  },
  {
    key: 'sundhedsforum',
    name: 'Sundhedsforum',
    kind: 'HEALTH_FORUM',
    owner: ishoj,
    mandate:
      'Tværgående arbejdsgruppe af medarbejdere med særlig viden inden for sundhedsområdet. Formålet er at udarbejde, revidere og kvalificere oplæg til indsatser, der kan medvirke til at forbedre sundhedsprofilen. Oplæg bygges på eksisterende evidens og best practice-erfaringer; projektbeskrivelser til større projekter udarbejdes med Skandiamodellen. Forslag til nye projekter kvalificeres fagligt i Sundhedsforum og drøftes strategisk af velfærdscheferne, inden de behandles politisk. Lederen af Sundhedsstaben har ansvar for at drive forummet.',
    tasks: [
      'Udarbejde, revidere og kvalificere oplæg til indsatser, der kan forbedre sundhedsprofilen',
      'Beskrive større projekter med Skandiamodellen',
      'Kvalificere forslag til nye projekter fagligt, før velfærdscheferne drøfter dem strategisk',
      'Udarbejde forslag til sundhedsstrategi og sundhedsstrategiske mål sammen med "Sammen om sundhed"',
      'Arbejde videre med kortlægningen "Sundhedstilbud i Ishøj Kommune, oktober 2016"',
      'Bidrage til processen om afklaring af sundhedsbegrebet på baggrund af Social- og Sundhedsudvalgets drøftelser',
      'Være fagligt udgangspunkt for revision af sundhedspolitikken',
      'Drøfte strategiske indsatsområder, f.eks. børn med overvægt, så viden og erfaring deles på tværs',
    ],
    meetingCadence: null,
    timeCost: 'ca. 3 timer pr. måned pr. medlem (medarbejdere uden for Sundhedsstaben)',
    source: 'fokus2017.sundhedsforum',
    members: [
      { role: 'CHAIR', orgUnit: HEALTH_STAFF, function: 'leder af Sundhedsstaben', source: 'fokus2017.sundhedsforum' },
      {
        role: 'SECRETARIAT',
        orgUnit: HEALTH_STAFF,
        function: 'sekretariatsfunktion og tovholder',
        source: 'strategi.temaB.forum',
      },
      ...centresInForum.map((unit): BodySeed['members'][number] => ({
        role: 'MEMBER',
        orgUnit: unit,
        function: 'fast repræsentant',
        source: 'fokus2017.sundhedsforum',
      })),
      {
        role: 'AD_HOC',
        organisationName: 'Øvrige centre og stabsenheder',
        function: 'medarbejdere, når der er behov for deres specifikke kompetencer og indsigt',
        source: 'fokus2017.sundhedsforum',
      },
      {
        role: 'AD_HOC',
        orgUnit: 'Park, Vej og Miljø',
        function: 'foreslået medlem i strategien 2016; ikke blandt de faste medlemmer fra januar 2017',
        source: 'strategi.temaB.forum',
      },
      {
        role: 'AD_HOC',
        organisationName: 'Specialistnetværk og nøglepersoner',
        function: 'foreslået medlem i strategien 2016; ikke blandt de faste medlemmer fra januar 2017',
        source: 'strategi.temaB.forum',
      },
    ],
  },
  {
    key: 'sammenOmSundhed',
    name: 'Sammen om sundhed',
    kind: 'STEERING_GROUP',
    owner: ishoj,
    mandate:
      'Direktøren for Velfærd og Undervisnings mødeforum med sine chefer og den strategiske styregruppe for sundhedsindsatser. Skal skabe overblik, indblik, synergi og udvikling inden for sundhedsområdet, sikre tæt koordinering og opfølgning og et bredt ejerskab til sundhedsindsatserne på tværs af centre og stabe.',
    tasks: [
      'Være strategisk styregruppe for sundhedsindsatserne',
      'Skabe synergieffekter i sundhedsindsatsen på tværs af centre og stabe',
      'Udarbejde forslag til sundhedsstrategi og sundhedsstrategiske mål i samarbejde med Sundhedsforum',
      'Drøfte forslag til nye projekter strategisk, inden de behandles politisk',
      'Sende oplæg til en strategi for sundhed til politisk behandling i april 2017',
    ],
    meetingCadence: null,
    timeCost: null,
    source: 'fokus2017.sammenOmSundhed',
    members: [
      {
        role: 'CHAIR',
        orgUnit: DIRECTORATE,
        function: 'direktør for Velfærd og Undervisning',
        source: 'fokus2017.sammenOmSundhed',
      },
      {
        role: 'MEMBER',
        orgUnit: DIRECTORATE,
        function: 'chefgruppen: cheferne for centre og stabe under direktøren (velfærdscheferne)',
        source: 'fokus2017.sammenOmSundhed',
      },
      {
        role: 'MEMBER',
        orgUnit: HEALTH_STAFF,
        function: 'chef for Sundhedsstaben',
        source: 'fokus2016.sammenOmSundhed',
      },
    ],
  },
  {
    key: 'netvaerkBoernOvervaegt',
    name: 'Specialistnetværk: Børn med overvægt',
    kind: 'SPECIALIST_NETWORK',
    owner: ishoj,
    mandate:
      'Specialistnetværk med nøglepersoner fra alle tilbud til børn med overvægt eller udfordringer med kost og motion. Stabsenhed for Sundhedsudvikling har indledningsvis formandskabet for at facilitere møderne; konstruktionen evalueres løbende. Fokus på Sundhed (december 2016): der igangsættes ikke stående specialistnetværk, men arbejdsgrupper nedsættes ad hoc efter behov.',
    tasks: [
      'Sikre en fælles forståelse af sundhedsopgaven for målgruppen og de enkelte projekters rolle',
      'Fremme videndeling, dialog og faglig sparring på tværs af projekter, fagområder og centre',
      'Fungere som faglig ressource for koncernledelse og byråd, når målgruppen er på dagsordenen',
      'Fremme dokumentation og effektmåling på indsatserne og bistå i koordineringen af disse',
      'Formulere handlingskatalog med effektmål til godkendelse i Social- og Sundhedsudvalget',
    ],
    meetingCadence: 'kvartalsvist',
    timeCost: 'ca. 5 timer pr. måned pr. nøgleperson',
    source: 'strategi.temaD',
    members: [
      { role: 'CHAIR', orgUnit: HEALTH_STAFF, function: 'formandskab (indledningsvis)', source: 'strategi.temaD' },
      {
        role: 'MEMBER',
        organisationName: 'Tilbud til børn med overvægt, kost- eller motionsudfordringer',
        function: 'nøglepersoner (projektledere, koordinatorer o.l.) fra alle tilbud',
        source: 'strategi.temaD',
      },
    ],
  },
  {
    key: 'sundByNetvaerket',
    name: 'Sund By Netværket',
    kind: 'NETWORK',
    owner: ishoj,
    mandate:
      'Landsdækkende netværk af kommuner, der videndeler og deler fagligt netværk med fokus på alle dele af folkesundhedsområdet. Som medlem får Ishøj adgang til nationale temagrupper, kurser og netværksmøder. Medlemskab koster 30.000 kr. årligt og finansieres af Stabsenhed for Sundhedsudviklings driftsbudget.',
    tasks: [
      'Give administrationen inspiration, øget viden og kompetencer i arbejdet med sundhed på tværs af organisationen',
      'Fordele deltagelsen i temagrupperne efter fagområde, f.eks. Teknik og Miljø i temagruppen om natur og udeliv',
      'Bringe viden fra temagrupperne ind i det tværgående sundhedsnetværk',
    ],
    meetingCadence: null,
    timeCost: 'ca. 3 timer pr. måned pr. deltager i temagrupperne',
    source: 'strategi.temaB.sbn',
    members: [
      {
        role: 'MEMBER',
        municipality: 'Ishøj',
        function: 'medlemskommune (indmeldelse planlagt 1. kvartal 2017)',
        source: 'strategi.temaB',
      },
    ],
  },
  {
    key: 'byraadet',
    name: 'Byrådet',
    kind: 'CITY_COUNCIL',
    owner: ishoj,
    mandate:
      'Har besluttet at sætte ekstra fokus på sundhed for at forbedre sundhedstilstanden og reducere udgifterne på sundhedsområdet.',
    tasks: [
      'Besluttede i september 2016 en strategi for sundhedsudvikling',
      'Besluttede at etablere en stabsenhed med fokus på sundhed',
      'Besluttede 6. december 2016 en organisationsændring, der samler sundhedsbidragende centre og stabe under direktøren for Velfærd og Undervisning',
    ],
    meetingCadence: null,
    timeCost: null,
    source: 'fokus2016.baggrund',
    members: [],
  },
  {
    key: 'ssu',
    name: 'Social- og Sundhedsudvalget (SSU)',
    kind: 'POLITICAL_COMMITTEE',
    owner: ishoj,
    mandate: 'Politisk fagudvalg for sundhedsområdet.',
    tasks: [
      'Drøfte mål og delmål for sundhed (bl.a. på fællesmøde med Børne- og Undervisningsudvalget)',
      'Tog i december 2016 den overordnede beskrivelse af reorganiseringen af sundhedsområdet til efterretning',
      'Godkende handlingskatalog med effektmål for børn med overvægt (tema D)',
      'Drøfte resultater og anbefalinger fra analysen af den aktivitetsbestemte medfinansiering (tema F)',
      'Indstillede i juni 2016, at etablering af 6 hjemløseboliger indgår i budgetforhandlingerne',
      'Modtage information fra Sundhedsstaben om ny lovgivning og nye initiativer fra Region Hovedstaden',
    ],
    meetingCadence: null,
    timeCost: null,
    source: 'fokus2016.baggrund',
    members: [],
  },
  {
    key: 'buu',
    name: 'Børne- og Undervisningsudvalget (BUU)',
    kind: 'POLITICAL_COMMITTEE',
    owner: ishoj,
    mandate: 'Politisk fagudvalg; drøfter mål og delmål for sundhed på fællesmøde med Social- og Sundhedsudvalget.',
    tasks: ['Drøfte mål og delmål for sundhed på fællesmødet med Social- og Sundhedsudvalget'],
    meetingCadence: null,
    timeCost: null,
    source: 'fokus2016.baggrund',
    members: [],
  },
];

/** Region Syddanmark's structure (seed 004). The four clusters are not named there, so each kind is one body. */
export const regionalBodies: BodySeed[] = [
  {
    key: 'kkrSyddanmark',
    name: 'KKR Syddanmark',
    kind: 'REGIONAL_COMMITTEE',
    owner: syddanmark,
    mandate:
      'Politisk, tværkommunalt forum for de 22 kommuner i Syddanmark og naturligt bindeled mellem kommunerne i de fire politiske klynger. Her drøfter og fastsætter kommunerne fællespolitiske holdninger, sikrer det rette beslutningsmandat og sætter fælles retning på sundhedsområdet.',
    tasks: [
      'Afstemme fælleskommunale holdninger løbende, så samarbejdspartnerne møder 22 kommuner i ét samlet KKR',
      'Sikre det rette beslutningsmandat og sætte fælles retning på sundhedsområdet',
    ],
    meetingCadence: null,
    timeCost: null,
    source: 'syd.tvaerkommunalt',
    members: [
      { role: 'MEMBER', organisationName: 'De 22 kommuner i Syddanmark', function: 'borgmestrene (fødte medlemmer)' },
      {
        role: 'MEMBER',
        organisationName: 'De 22 kommuner i Syddanmark',
        function: 'en række kommunalbestyrelsesmedlemmer',
      },
      {
        role: 'AD_HOC',
        organisationName: 'Kommunen med formandsposten i KKR Syddanmark',
        function: 'kommunaldirektøren deltager i møderne',
      },
    ],
  },
  {
    key: 'kommunaldirektoerkredsen',
    name: 'Kommunaldirektørkredsen i Syddanmark',
    kind: 'OTHER',
    owner: syddanmark,
    mandate: 'Har nedsat Sundhedsdirektørforum til at understøtte og styrke det tværkommunale samarbejde om sundhed.',
    tasks: ['Nedsætte Sundhedsdirektørforum'],
    meetingCadence: null,
    timeCost: null,
    source: 'syd.tvaerkommunalt',
    members: [],
  },
  {
    key: 'sundhedsdirektoerforum',
    name: 'Sundhedsdirektørforum',
    kind: 'REGIONAL_COMMITTEE',
    owner: syddanmark,
    mandate:
      'Administrativt, kommunalt forum, der sætter rammen for kommunernes samarbejde. Strategisk forum, der træffer strategiske, principielle beslutninger med betydning for sundhedssamarbejdet i Syddanmark og sikrer sammenhæng og videndeling på tværs af de fire klynger, KKR Syddanmark og Sundhedssamarbejdsudvalget. Ledes af et forretningsudvalg.',
    tasks: [
      'Træffe strategiske, principielle beslutninger om sundhedssamarbejdet i Syddanmark',
      'Understøtte sammenhæng og videndeling på tværs af de fire klynger, KKR Syddanmark og Sundhedssamarbejdsudvalget',
    ],
    meetingCadence: null,
    timeCost: null,
    source: 'syd.tvaerkommunalt',
    members: [
      { role: 'MEMBER', organisationName: 'De 22 kommuner i Syddanmark', function: 'sundhedsdirektørerne' },
      { role: 'MEMBER', organisationName: 'Kommunaldirektørkredsen i Syddanmark', function: 'en kommunaldirektør' },
      {
        role: 'CHAIR',
        organisationName: 'Forretningsudvalget for Sundhedsdirektørforum',
        function: 'formanden udpeges blandt forretningsudvalgets medlemmer',
      },
    ],
  },
  {
    key: 'sundhedsdirektoerforumFU',
    name: 'Forretningsudvalget for Sundhedsdirektørforum',
    kind: 'REGIONAL_COMMITTEE',
    owner: syddanmark,
    mandate:
      'Leder Sundhedsdirektørforum og indgår i det administrative, tværsektorielle samarbejde på regionalt niveau (samarbejdsforum mellem kommuner og region). Sikrer, at alle fire klynger er repræsenteret, og at der er sammenhæng mellem det politiske og administrative niveau.',
    tasks: ['Lede Sundhedsdirektørforum', 'Deltage i samarbejdsforummet mellem kommuner og region'],
    meetingCadence: null,
    timeCost: null,
    source: 'syd.tvaerkommunalt',
    members: [
      {
        role: 'MEMBER',
        organisationName: 'De fem kommuner med politisk repræsentation i Sundhedssamarbejdsudvalget',
        function: 'direktørerne (fødte medlemmer)',
      },
      { role: 'MEMBER', organisationName: 'Kommunaldirektørkredsen i Syddanmark', function: 'en kommunaldirektør' },
      {
        role: 'CHAIR',
        organisationName: 'Forretningsudvalgets medlemmer',
        function: 'en af direktørerne fungerer som formand',
      },
    ],
  },
  {
    key: 'sundhedssamarbejdsudvalget',
    name: 'Sundhedssamarbejdsudvalget',
    kind: 'REGIONAL_COMMITTEE',
    owner: syddanmark,
    mandate:
      'Politisk, tværsektorielt forum. Understøtter og sikrer en vis ensartethed og sammenhæng på regionalt niveau og er ansvarligt for den tværgående koordinering og klyngernes videndeling. Kommunerne har fem pladser og næstformandsposten.',
    tasks: [
      'Sikre ensartethed og sammenhæng på regionalt niveau',
      'Koordinere på tværs af klyngerne og formidle klyngernes videndeling',
      'Modtage klyngernes orientering om nye opgaver efter modellen for aftalt og planlagt opgaveoverdragelse',
    ],
    meetingCadence: null,
    timeCost: null,
    source: 'syd.tvaersektorielt',
    members: [
      {
        role: 'MEMBER',
        organisationName: 'De fire politiske sundhedsklynger',
        function:
          'klyngernes kommunale medformænd (borgmestre, fødte medlemmer); kommunerne har fem pladser (borgmester eller rådmænd)',
      },
      { role: 'CO_CHAIR', organisationName: 'Kommunerne i Syddanmark', function: 'næstformand (kommunal)' },
      {
        role: 'AD_HOC',
        organisationName: 'Kommunen med næstformandsposten',
        function: 'kommunaldirektøren deltager i møderne',
      },
      {
        role: 'AD_HOC',
        organisationName: 'Kommuner med politikere i udvalget',
        function: 'sundhedsdirektørerne kan vælge at deltage',
      },
    ],
  },
  {
    key: 'samarbejdsforumKommunerRegion',
    name: 'Samarbejdsforum mellem kommuner og region',
    kind: 'REGIONAL_COMMITTEE',
    owner: syddanmark,
    mandate:
      'Administrativt, tværsektorielt samarbejde på regionalt niveau, der understøtter Sundhedssamarbejdsudvalget og sikrer koordinering på tværs af de fire klynger.',
    tasks: ['Understøtte Sundhedssamarbejdsudvalget', 'Sikre koordinering på tværs af de fire klynger'],
    meetingCadence: null,
    timeCost: null,
    source: 'syd.tvaersektorielt',
    members: [
      {
        role: 'MEMBER',
        organisationName: 'Forretningsudvalget for Sundhedsdirektørforum',
        function: 'forretningsudvalget',
      },
      {
        role: 'CO_CHAIR',
        organisationName: 'Kommunen, hvis borgmester er næstformand i Sundhedssamarbejdsudvalget',
        function: 'direktøren (kommunal medformand)',
      },
    ],
  },
  {
    key: 'politiskeKlyngerSyd',
    name: 'Politiske sundhedsklynger i Syddanmark (fire klynger)',
    kind: 'CLUSTER_POLITICAL',
    owner: syddanmark,
    mandate:
      'Politisk, tværsektorielt forum. Klyngerne udvikler og iværksætter indsatser målrettet lokale behov og prioriteringer og anvender den syddanske model for aftalt og planlagt opgaveoverdragelse, så forudsætningerne (økonomi, kompetencer, kvalitet) er kendte, før en klynge påtager sig en ny opgave. Dokumentet nævner fire klynger uden at navngive dem.',
    tasks: [
      'Udvikle og iværksætte indsatser målrettet lokale behov og prioriteringer',
      'Anvende modellen for aftalt og planlagt opgaveoverdragelse (økonomi, kompetencer, kvalitet)',
      'Orientere de andre klynger løbende via Sundhedssamarbejdsudvalget',
      'Dele viden og koordinere med de andre klynger, især før nye aftaler om kommunernes opgaver og økonomi',
    ],
    meetingCadence: null,
    timeCost: null,
    source: 'syd.oversigt',
    members: [
      { role: 'MEMBER', organisationName: 'Kommunerne i klyngen', function: 'borgmestrene (fødte medlemmer)' },
      {
        role: 'CO_CHAIR',
        organisationName: 'Kommunerne i klyngen',
        function: 'kommunal medformand (borgmester), som også har plads i Sundhedssamarbejdsudvalget',
      },
      {
        role: 'AD_HOC',
        organisationName: 'Kommunen med medformandsposten',
        function: 'sundhedsdirektøren deltager; de øvrige kommuners sundhedsdirektører kan vælge at deltage',
      },
    ],
  },
  {
    key: 'administrativeKlyngerSyd',
    name: 'Administrative, faglige sundhedsklynger i Syddanmark (fire klynger)',
    kind: 'CLUSTER_ADMINISTRATIVE',
    owner: syddanmark,
    mandate: 'Administrativt, tværsektorielt forum under hver politisk klynge, der understøtter de politiske klynger.',
    tasks: ['Understøtte den politiske klynge'],
    meetingCadence: null,
    timeCost: null,
    source: 'syd.oversigt',
    members: [{ role: 'MEMBER', organisationName: 'Kommunerne i klyngen', function: 'sundhedsdirektørerne' }],
  },
];
