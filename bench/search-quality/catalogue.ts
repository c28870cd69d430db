// A realistic municipal offer catalogue for the search-quality set (issue 11, deliverable 1): over 200
// offers of the kinds a Vestegn municipality runs, written in five house styles (Ishøj: "du"; Albertslund:
// formal third person; Brøndby: "Målgruppe / Indhold" notes; Høje-Taastrup: long, professional, with the
// law and the "forløbsprogram"; Vallensbæk: one or two sentences), with the near-misses real catalogues
// have (three smoking offers for different groups, several chronic-disease courses, fall prevention
// next to strength training, grief groups for children and for adults, alcohol treatment next to
// counselling for relatives). Written for this project; fictitious, but in the municipalities' manner.
// The runner loads every offer into ONE municipality, so names are unique across the whole list.
import { type Draft, withDefaults } from './draft';
import type { AccessRouteCode, CatalogueOffer, CatalogueStyle } from './types';

const styles: Record<string, CatalogueStyle> = {
  ishoj: 'ishoj',
  albertslund: 'albertslund',
  broendby: 'broendby',
  htk: 'hoeje-taastrup',
  vallensbaek: 'vallensbaek',
};

/** An offer in the house style its key names, with the common defaults (draft.ts). */
function offer(d: Draft): CatalogueOffer {
  const style = styles[d.key.slice(0, d.key.indexOf('-'))];
  if (!style) throw new Error(`Unknown municipality prefix in ${d.key}`);
  return withDefaults(d, style);
}

const GP: AccessRouteCode[] = ['GP_REFERRAL'];
const GP_SELF: AccessRouteCode[] = ['GP_REFERRAL', 'SELF_REFERRAL'];
const VISIT: AccessRouteCode[] = ['VISITATION'];
const TALK: AccessRouteCode[] = ['CLARIFYING_TALK'];

// Need categories (labels of packages/shared/src/needCategories.ts).
const TOBACCO = ['rygning', 'Tobaksafvænning', 'Nikotin- og tobaksafvænning'];
const ALCOHOL = ['alkohol', 'Samtale om alkohol'];
const TRAINING = ['motion', 'Fysisk træning'];
const ACTIVE = ['motion', 'Vejledning og introduktion til fysiske aktiviteter'];
const CHRONIC = ['Sygdomshåndtering'];
const COOKING = ['kost', 'Madlavning i praksis'];
const MENTAL = ['stress', 'Mental håndtering'];
const SOCIAL = ['sociale-relationer'];
const EVERYDAY = ['Færdighedstræning'];

export const catalogue: CatalogueOffer[] = [
  // ---------------------------------------------------------------------------------------------
  // Tobacco and nicotine: the same need for different groups.
  offer({
    key: 'ishoj-rygestop-hold',
    name: 'Rygestop på hold',
    shortDescription: 'Stop med at ryge sammen med andre – fem mødegange med en rygestoprådgiver.',
    description:
      'Vil du gerne stoppe med at ryge? På holdet får du hjælp af en uddannet rygestoprådgiver til at lægge en plan, klare abstinenserne og holde fast, når trangen kommer. Du får råd om nikotinerstatning og medicin, og du møder andre, der er i samme situation. Holdet mødes fem gange over seks uger, og du kan ringe til rådgiveren mellem møderne.',
    targetGroups: ['voksne', 'rygere'],
    needCategories: TOBACCO,
    minAge: 18,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'ishoj-rygestop-gravide',
    name: 'Røgfri graviditet',
    shortDescription: 'Individuelle samtaler om rygestop for gravide og deres partner.',
    description:
      'Er du gravid og ryger du, eller gør din partner? Du kan få samtaler med en rygestoprådgiver, der har særlig viden om graviditet. Vi taler om, hvordan du bliver røgfri, hvad der er sikkert at bruge af nikotinerstatning, mens du er gravid, og hvordan I får et røgfrit hjem, når barnet kommer. Jordemoderen eller sundhedsplejersken kan henvise dig, men du kan også selv ringe.',
    targetGroups: ['gravide', 'partnere', 'rygere'],
    needCategories: TOBACCO,
    formats: ['individuel'],
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'albertslund-rygestop-unge',
    name: 'Røgfri Ung – stop med snus, vape og smøger',
    shortDescription: 'Stopforløb for unge mellem 15 og 25 år, der bruger snus, e-cigaretter eller cigaretter.',
    description:
      'Tilbuddet henvender sig til unge, der ønsker at stoppe med nikotin i enhver form: cigaretter, snus, nikotinposer og e-cigaretter. Forløbet består af fire samtaler, enten individuelt eller sammen med en ven, og kan foregå på ungdomsuddannelsen, i sundhedscentret eller over video. Den unge får gratis nikotinerstatning i de første uger.',
    targetGroups: ['unge'],
    needCategories: TOBACCO,
    minAge: 15,
    maxAge: 25,
    formats: ['individuel', 'online'],
  }),
  offer({
    key: 'broendby-rygestop-individuel',
    name: 'Individuel rygestopsamtale',
    shortDescription: 'Rygestop én til én, når hold ikke passer.',
    description:
      'Målgruppe: voksne rygere, der ikke kan eller vil deltage på hold, fx pga. arbejdstider eller handicap. Indhold: op til fem samtaler med rygestopinstruktør, CO-måling, plan for stopdag og tilbagefald. Tolk kan bestilles.',
    targetGroups: ['voksne', 'rygere'],
    needCategories: TOBACCO,
    minAge: 18,
    formats: ['individuel'],
    interpreter: true,
  }),
  offer({
    key: 'htk-rygestop-kol',
    name: 'Rygestop for borgere med lungesygdom',
    shortDescription: 'Intensivt rygestopforløb for borgere med KOL, astma eller anden lungesygdom.',
    description:
      'Forløbet er en del af det kommunale forløbsprogram for KOL og retter sig mod borgere med en diagnosticeret lungesygdom, der fortsat ryger. Borgeren tilbydes et intensivt forløb med hyppigere kontakt end på almindelige hold, tæt samarbejde med egen læge om rygestopmedicin samt spirometri ved start og afslutning. Henvisning sker fra almen praksis eller sygehus, men borgeren kan også selv rette henvendelse til Sundhedscenter Høje-Taastrup.',
    targetGroups: ['voksne', 'rygere', 'borgere med kronisk sygdom'],
    needCategories: TOBACCO,
    minAge: 18,
    formats: ['individuel', 'hold'],
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'vallensbaek-rygestop-telefon',
    name: 'Rygestop over telefonen',
    shortDescription: 'Rygestoprådgivning på telefon eller video, når det passer dig.',
    description: 'Fem korte samtaler med en rygestoprådgiver over telefon eller video. Gratis for borgere i kommunen.',
    targetGroups: ['voksne', 'rygere'],
    needCategories: TOBACCO,
    minAge: 16,
    formats: ['telefon', 'online'],
  }),
  offer({
    key: 'albertslund-rygestop-psykisk',
    name: 'Rygestop for borgere med psykisk sårbarhed',
    shortDescription: 'Tilpasset rygestopforløb i samarbejde med bostøtte og distriktspsykiatri.',
    description:
      'Borgere med psykisk sygdom ryger oftere og har sværere ved at stoppe. Forløbet tilpasses den enkeltes situation og kan foregå i eget hjem eller på værestedet. Rådgiveren samarbejder med bostøttemedarbejder og behandler, blandt andet fordi rygestop kan påvirke virkningen af visse typer medicin.',
    targetGroups: ['voksne', 'borgere med psykisk sygdom', 'rygere'],
    needCategories: TOBACCO,
    minAge: 18,
    formats: ['individuel', 'hjemmebesøg'],
    accessRoutes: ['SELF_REFERRAL', 'CLARIFYING_TALK'],
  }),
  offer({
    key: 'broendby-roegfri-skoletid',
    name: 'Røgfri skoletid – undervisningsforløb',
    shortDescription: 'Undervisning om tobak og nikotin til skoleklasser i 6.–9. klasse.',
    description:
      'Målgruppe: skoleklasser og lærere. Indhold: to lektioner om nikotin, afhængighed, reklamer og gruppepres, ved skolens sundhedsplejerske. Bestilles af skolen. Ikke et stoptilbud til den enkelte elev – se Røgfri Ung.',
    targetGroups: ['skoleklasser', 'børn', 'unge'],
    needCategories: ['rygning'],
    minAge: 12,
    maxAge: 16,
    accessRoutes: ['VISITATION'],
  }),
  offer({
    key: 'htk-roegfri-arbejdsplads',
    name: 'Røgfri arbejdstid – rådgivning til virksomheder',
    shortDescription: 'Hjælp til virksomheder, der vil indføre røgfri arbejdstid.',
    description:
      'Sundhedscentret rådgiver lokale virksomheder om at indføre røgfri arbejdstid, herunder dialog med medarbejdere, overgangsordninger og rygestoptilbud til ansatte. Tilbuddet retter sig mod ledere og arbejdsmiljørepræsentanter, ikke mod den enkelte ryger.',
    targetGroups: ['virksomheder', 'ledere'],
    needCategories: ['rygning'],
    formats: ['individuel'],
  }),

  // ---------------------------------------------------------------------------------------------
  // Alcohol, drugs, gambling: treatment next to counselling for relatives.
  offer({
    key: 'ishoj-alkoholbehandling',
    name: 'Alkoholbehandling i Ishøj',
    shortDescription: 'Gratis og anonym behandling, hvis du drikker mere, end du har det godt med.',
    description:
      'Drikker du for meget, eller er du i tvivl? Du kan få ambulant alkoholbehandling hos os – gratis, og du kan være anonym. Du får samtaler med en behandler, og hvis du har brug for det, kan lægen hjælpe med medicin, fx Antabus, og med abstinenser, når du stopper. Du behøver ikke en henvisning, og du kan komme i behandling inden for 14 dage.',
    targetGroups: ['voksne'],
    needCategories: ALCOHOL,
    minAge: 18,
    formats: ['individuel', 'hold'],
  }),
  offer({
    key: 'ishoj-alkohol-paaroerende',
    name: 'Pårørenderådgivning – når en du holder af drikker',
    shortDescription: 'Samtaler for ægtefæller, forældre og voksne børn af en, der drikker for meget.',
    description:
      'Når en i familien drikker, påvirker det alle. Du kan få op til fem samtaler med en rådgiver, der kender til alkohol og familier – også selvom den, der drikker, ikke selv vil i behandling. Vi taler om, hvad du kan gøre, hvordan du passer på dig selv, og hvordan I kan tale med børnene om det.',
    targetGroups: ['pårørende', 'voksne'],
    needCategories: ['alkohol', 'Afklarende samtale'],
    minAge: 18,
    formats: ['individuel'],
  }),
  offer({
    key: 'albertslund-boern-alkoholfamilier',
    name: 'Gruppe for børn fra familier med alkohol',
    shortDescription: 'Samtalegruppe for børn 7–14 år, hvis mor eller far drikker for meget.',
    description:
      'Tilbuddet henvender sig til børn, der vokser op i en familie, hvor en forælder har et alkohol- eller stofproblem. Børnene mødes i en lille gruppe med to faste voksne, taler om det, der er svært, og lærer, at de ikke er alene og ikke har skylden. Forældrene inviteres til en indledende samtale. Gruppen er gratis og følger skoleåret.',
    targetGroups: ['børn', 'pårørende'],
    needCategories: ['alkohol', 'sociale-relationer'],
    minAge: 7,
    maxAge: 14,
  }),
  offer({
    key: 'broendby-unge-rusmidler',
    name: 'Ungerådgivning om rusmidler',
    shortDescription: 'Rådgivning og behandling for unge 13–25 år med hash, kokain eller andre stoffer.',
    description:
      'Målgruppe: unge 13–25 år, der ryger hash, tager piller eller andre stoffer, og deres forældre. Indhold: anonyme samtaler, behandlingsforløb efter servicelovens § 101, forældresamtaler. Fremmøde uden aftale tirsdag eftermiddag.',
    targetGroups: ['unge', 'forældre'],
    needCategories: ['Afklarende samtale'],
    minAge: 13,
    maxAge: 25,
    formats: ['individuel', 'åbent'],
  }),
  offer({
    key: 'htk-stofbehandling-voksne',
    name: 'Stofmisbrugsbehandling for voksne',
    shortDescription:
      'Ambulant behandling for voksne med misbrug af cannabis, centralstimulerende stoffer eller opioider.',
    description:
      'Rusmiddelcenter Høje-Taastrup tilbyder social og lægelig stofmisbrugsbehandling efter servicelovens § 101 og sundhedslovens § 142. Behandlingen tilrettelægges ud fra en udredning og kan omfatte individuelle samtaler, gruppeforløb, substitutionsbehandling med metadon eller buprenorphin samt samarbejde med jobcenter og bostøtte. Borgeren kan selv henvende sig, og behandling tilbydes senest 14 dage efter henvendelsen.',
    targetGroups: ['voksne'],
    needCategories: ['Afklarende samtale', 'Opfølgning'],
    minAge: 18,
    formats: ['individuel', 'hold'],
  }),
  offer({
    key: 'vallensbaek-alkohol-anonym-raadgivning',
    name: 'Anonym alkoholrådgivning',
    shortDescription: 'En snak om dine alkoholvaner – anonymt og uden forpligtelser.',
    description:
      'Ring eller kom forbi til en enkelt samtale om alkohol. Du får en vurdering af dit forbrug og råd om, hvad du kan gøre.',
    targetGroups: ['voksne'],
    needCategories: ALCOHOL,
    minAge: 18,
    formats: ['telefon', 'individuel'],
  }),
  offer({
    key: 'albertslund-ludomani',
    name: 'Rådgivning om spilafhængighed',
    shortDescription: 'Hjælp til borgere, der har mistet kontrollen med spil om penge, og til deres familie.',
    description:
      'Tilbuddet henvender sig til borgere med problemer med spil om penge – odds, online casino, spilleautomater og lotteri – samt deres pårørende. Rådgivningen omfatter samtaler om spilletrang og tilbagefald, hjælp til at spærre sig selv i ROFUS og henvisning til specialiseret ludomanibehandling. Gæld som følge af spil kan tages op i samarbejde med kommunens gældsrådgivning.',
    targetGroups: ['voksne', 'pårørende'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['individuel', 'telefon'],
  }),
  offer({
    key: 'broendby-gaming-unge',
    name: 'For meget gaming? Forældreaften og samtaler',
    shortDescription: 'Til forældre, der er bekymrede for deres barns computerspil og skærmtid.',
    description:
      'Målgruppe: forældre til børn og unge 10–17 år, der spiller computer eller sidder med mobilen i mange timer. Indhold: forældreaften om skærmvaner og søvn, op til tre familiesamtaler. Ikke for spil om penge – se rådgivning om spilafhængighed.',
    targetGroups: ['forældre', 'børn', 'unge'],
    needCategories: ['søvn', 'sociale-relationer'],
    minAge: 10,
    maxAge: 17,
    formats: ['hold', 'individuel'],
  }),
  offer({
    key: 'htk-alkohol-kort-samtale',
    name: 'Den korte samtale om alkohol',
    shortDescription: 'En opsporende samtale om alkohol i forbindelse med andre sundhedstilbud.',
    description:
      'Sundhedscentrets medarbejdere tilbyder en kort, struktureret samtale om alkohol til borgere i genoptræning, patientuddannelse og hjemmepleje, når alkohol kan have betydning for forløbet. Samtalen tager udgangspunkt i Sundhedsstyrelsens anbefalinger om højst 10 genstande om ugen og kan føre til henvisning til alkoholbehandling.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ALCOHOL,
    minAge: 18,
    formats: ['individuel'],
    accessRoutes: TALK,
  }),
  offer({
    key: 'ishoj-vaerested-misbrug',
    name: 'Værestedet Broen',
    shortDescription: 'Et sted at være for voksne med misbrug: kaffe, mad og en snak.',
    description:
      'Broen er åben hverdage fra 9 til 15. Du kan få morgenmad og et billigt frokostmåltid, vaske tøj og tage et bad. Der er altid en medarbejder, du kan tale med, og som kan hjælpe med breve fra kommunen eller følge dig til lægen. Du behøver ikke være stoppet med at drikke eller tage stoffer for at komme.',
    targetGroups: ['socialt udsatte', 'voksne', 'hjemløse'],
    needCategories: ['sociale-relationer'],
    minAge: 18,
    costKr: null,
    formats: ['åbent'],
  }),
  offer({
    key: 'albertslund-alkohol-aeldre',
    name: 'Alkoholbehandling for seniorer 60+',
    shortDescription: 'Behandlingsforløb tilpasset ældre, der er begyndt at drikke mere efter arbejdslivet.',
    description:
      'Tilbuddet henvender sig til borgere over 60 år. Mange ældre begynder at drikke mere efter pensionering, tab af ægtefælle eller ved ensomhed. Behandlingen foregår i mindre grupper eller ved hjemmebesøg og tager hensyn til medicin, fald og hukommelse.',
    targetGroups: ['ældre', 'seniorer'],
    needCategories: ALCOHOL,
    minAge: 60,
    formats: ['hold', 'hjemmebesøg'],
  }),
  offer({
    key: 'vallensbaek-unge-hash-forældre',
    name: 'Forældrekursus: Når dit barn ryger hash',
    shortDescription: 'Tre aftener for forældre, der er bekymrede for deres teenagers hash.',
    description: 'Lær at spotte tegnene, tale med din teenager og sætte grænser. Gratis for forældre i Vallensbæk.',
    targetGroups: ['forældre'],
    needCategories: ['Afklarende samtale'],
  }),
  offer({
    key: 'broendby-alkohol-gravide',
    name: 'Alkohol og graviditet – samtale',
    shortDescription: 'Samtaler for gravide, der har svært ved at lade være med at drikke.',
    description:
      'Målgruppe: gravide og partnere, hvor alkohol er et problem. Indhold: samtaler med jordemoder og alkoholbehandler, tæt samarbejde med sundhedsplejen efter fødslen. Diskretion.',
    targetGroups: ['gravide', 'partnere'],
    needCategories: ALCOHOL,
    formats: ['individuel'],
  }),

  // ---------------------------------------------------------------------------------------------
  // Chronic disease: several "forløb" that share most of their words.
  offer({
    key: 'htk-kol-rehabilitering',
    name: 'KOL-rehabilitering',
    shortDescription: 'Tolv ugers træning og undervisning for borgere med kronisk obstruktiv lungesygdom.',
    description:
      'Forløbet følger forløbsprogrammet for KOL og er for borgere med KOL i stadie 2–4, der er henvist af egen læge eller lungemedicinsk ambulatorium. Borgeren træner to gange om ugen med fysioterapeut (kondition, styrke og vejrtrækningsteknikker) og deltager i undervisning om sygdommen, medicin og inhalatorer, energibesparende arbejdsstillinger, ernæring ved åndenød og håndtering af forværring. Der tilbydes rygestop og kostvejledning efter behov.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: [...CHRONIC, 'Fysisk træning'],
    minAge: 18,
    accessRoutes: GP,
  }),
  offer({
    key: 'ishoj-diabetes-skole',
    name: 'Diabetesskolen',
    shortDescription: 'Lær at leve med type 2-diabetes: mad, motion, medicin og blodsukker.',
    description:
      'Har du type 2-diabetes, og vil du gerne vide mere om, hvordan du passer på dig selv? På Diabetesskolen mødes du med andre med diabetes seks gange. En sygeplejerske, en diætist og en fysioterapeut fortæller om blodsukker, mad, motion, fødder og øjne, og I deler erfaringer. Du kan tage en pårørende med.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: [...CHRONIC, 'kost'],
    minAge: 18,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'albertslund-hjerterehabilitering',
    name: 'Hjerterehabilitering fase II',
    shortDescription: 'Træning og undervisning efter blodprop i hjertet, hjertesvigt eller ballonudvidelse.',
    description:
      'Tilbuddet henvender sig til borgere, der har haft en blodprop i hjertet, har fået konstateret hjertesvigt eller har fået foretaget en ballonudvidelse eller bypassoperation. Efter genoptræningsplan fra hospitalet tilbydes 8 ugers konditions- og styrketræning samt undervisning i hjertesygdom, medicin, kost, rygning og psykiske reaktioner som angst og nedtrykthed efter hjertesygdom.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: [...CHRONIC, 'Fysisk træning'],
    minAge: 18,
    accessRoutes: GP,
  }),
  offer({
    key: 'broendby-kraeftrehabilitering',
    name: 'Kræftrehabilitering',
    shortDescription: 'Træning, samtaler og hjælp tilbage til hverdagen under og efter kræft.',
    description:
      'Målgruppe: borgere under eller efter behandling for kræft. Indhold: individuel afklarende samtale, holdtræning to gange om ugen, undervisning om træthed, kost og seksualitet, hjælp i forhold til arbejde. Henvisning: genoptræningsplan fra hospitalet eller egen læge. Du kan også ringe selv.',
    targetGroups: ['voksne', 'kræftramte'],
    needCategories: [...CHRONIC, 'Fysisk træning', 'Afklarende samtale'],
    minAge: 18,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'vallensbaek-lms',
    name: 'Lær at leve med kronisk sygdom',
    shortDescription: 'Seks gange på hold for alle med en langvarig sygdom – uanset diagnose.',
    description:
      'Kurset ledes af to instruktører, som selv har en kronisk sygdom. Du lærer at håndtere smerter, træthed og svære følelser.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: CHRONIC,
    minAge: 18,
  }),
  offer({
    key: 'htk-smerteskole',
    name: 'Smerteskolen – at leve med langvarige smerter',
    shortDescription: 'Undervisnings- og træningsforløb for borgere med kroniske smerter i mere end tre måneder.',
    description:
      'Smerteskolen er et tværfagligt forløb for borgere med langvarige, ikke-maligne smerter, fx i ryg, nakke eller efter en ulykke. Forløbet bygger på den bio-psyko-sociale forståelse af smerte og omfatter undervisning i smertefysiologi, pacing af aktivitet, søvn og medicin samt graduerede træningsøvelser. Forløbet erstatter ikke udredning i smerteklinik.',
    targetGroups: ['voksne'],
    needCategories: [...CHRONIC, 'Mental håndtering'],
    minAge: 18,
    accessRoutes: GP,
  }),
  offer({
    key: 'ishoj-artrose-glad',
    name: 'Træning og undervisning ved slidgigt i knæ og hofte',
    shortDescription: 'Otte ugers træning for dig med artrose, så du kan gå og bevæge dig med færre smerter.',
    description:
      'Har du slidgigt i knæ eller hofte? Du får to gange undervisning om artrose og træner på hold to gange om ugen i otte uger med en fysioterapeut. Øvelserne styrker musklerne omkring leddet og giver bedre kontrol, så du får mindre ondt. Forløbet følger det danske GLA:D-program.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: [...TRAINING, ...CHRONIC],
    minAge: 30,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'albertslund-rygskole',
    name: 'Rygskole',
    shortDescription: 'Holdforløb for borgere med tilbagevendende ondt i lænden.',
    description:
      'Tilbuddet henvender sig til borgere med langvarige eller tilbagevendende lændesmerter, som forhindrer dem i arbejde eller hverdagsaktiviteter. Deltagerne lærer om ryggens opbygning, hensigtsmæssige løfteteknikker og øvelser til at holde ryggen stærk. Forløbet strækker sig over seks uger.',
    targetGroups: ['voksne'],
    needCategories: TRAINING,
    minAge: 18,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'broendby-hjertesvigt',
    name: 'Hjertesvigtsklinik – opfølgning i kommunen',
    shortDescription: 'Sygeplejerske følger op på væske, vægt og medicin ved hjertesvigt.',
    description:
      'Målgruppe: borgere med hjertesvigt efter udskrivelse. Indhold: besøg af sygeplejerske i eget hjem eller på sundhedscentret, daglig vejning, væskeskema, justering af vanddrivende medicin efter aftale med hospitalet. Henvisning fra hospital.',
    targetGroups: ['ældre', 'borgere med kronisk sygdom'],
    needCategories: [...CHRONIC, 'Opfølgning'],
    formats: ['individuel', 'hjemmebesøg'],
    accessRoutes: GP,
  }),
  offer({
    key: 'htk-diabetes-madlavning',
    name: 'Madlavning for borgere med type 2-diabetes',
    shortDescription: 'Fire aftener i skolekøkkenet: lækker mad, der holder blodsukkeret stabilt.',
    description:
      'Forløbet er et supplement til patientuddannelsen for type 2-diabetes. En klinisk diætist og en køkkenleder viser, hvordan man laver hverdagsmad med fuldkorn, grøntsager og færre hurtige kulhydrater, og hvordan man læser varedeklarationer. Deltagerne laver maden sammen og spiser den bagefter.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: COOKING,
    minAge: 18,
    costKr: 150,
    costDescription: '150 kr. for råvarer for hele forløbet.',
  }),
  offer({
    key: 'ishoj-kraeft-netvaerk',
    name: 'Kræftcafé',
    shortDescription: 'Mød andre, der har eller har haft kræft – og pårørende.',
    description:
      'I Kræftcaféen kan du få en kop kaffe og tale med andre, der ved, hvordan det er at få kræft, eller at være pårørende. Der er frivillige fra Kræftens Bekæmpelse, og en gang om måneden kommer en sygeplejerske eller en socialrådgiver og fortæller om et emne.',
    targetGroups: ['kræftramte', 'pårørende'],
    needCategories: SOCIAL,
    formats: ['åbent'],
  }),
  offer({
    key: 'albertslund-senfoelger-kraeft',
    name: 'Træthed og senfølger efter kræft',
    shortDescription: 'Forløb om udmattelse, koncentrationsbesvær og søvn efter afsluttet kræftbehandling.',
    description:
      'Mange oplever fortsat træthed (fatigue), hukommelses- og koncentrationsbesvær, smerter eller søvnproblemer måneder efter kræftbehandlingen. Tilbuddet giver redskaber til at planlægge energien, skabe gode søvnvaner og vende gradvist tilbage til arbejde.',
    targetGroups: ['voksne', 'kræftramte'],
    needCategories: ['Mental håndtering', 'søvn', ...CHRONIC],
    minAge: 18,
  }),
  offer({
    key: 'htk-hjerneskade-genoptraening',
    name: 'Genoptræning efter erhvervet hjerneskade',
    shortDescription: 'Specialiseret genoptræning efter blodprop eller blødning i hjernen.',
    description:
      'Borgere med erhvervet hjerneskade efter apopleksi, hjernetraume eller infektion tilbydes genoptræning efter sundhedslovens § 140 på baggrund af genoptræningsplan. Indsatsen omfatter fysioterapi, ergoterapi, træning af kognitive funktioner og synsfunktion samt neuropædagogisk støtte i hverdagen.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: [...TRAINING, 'Færdighedstræning'],
    minAge: 18,
    formats: ['individuel', 'hold'],
    accessRoutes: GP,
  }),
  offer({
    key: 'broendby-afasi',
    name: 'Afasiundervisning',
    shortDescription: 'Taletræning for voksne, der har mistet sproget efter en blodprop i hjernen.',
    description:
      'Målgruppe: voksne med afasi eller dysartri efter hjerneskade. Indhold: individuel undervisning ved logopæd, samtalegruppe, vejledning af pårørende i at kommunikere. Visitation via Center for Specialundervisning.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: EVERYDAY,
    minAge: 18,
    formats: ['individuel', 'hold'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'vallensbaek-parkinson-traening',
    name: 'Parkinsontræning',
    shortDescription: 'Holdtræning med fokus på balance, gang og store bevægelser.',
    description: 'For borgere med Parkinsons sygdom. Ledes af fysioterapeut to gange om ugen. Pårørende er velkomne.',
    targetGroups: ['voksne', 'ældre', 'borgere med kronisk sygdom'],
    needCategories: TRAINING,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'ishoj-sklerose-traening',
    name: 'Træningshold for borgere med sklerose',
    shortDescription: 'Træning tilpasset dig med multipel sklerose – i varmt vand og i sal.',
    description:
      'Har du sklerose, kan du træne sammen med andre med samme sygdom. Vi træner i varmtvandsbassinet og i træningssalen, og fysioterapeuten tilpasser øvelserne til din dagsform og træthed.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: TRAINING,
    minAge: 18,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'htk-senfoelger-covid',
    name: 'Forløb for borgere med senfølger efter covid-19',
    shortDescription: 'Afklaring og støtte ved længerevarende træthed, åndenød eller hjernetåge efter covid-19.',
    description:
      'Tilbuddet retter sig mod borgere med vedvarende symptomer mere end tolv uger efter covid-19-infektion (long covid). Efter en afklarende samtale tilrettelægges et individuelt forløb med energiforvaltning, vejrtrækningsøvelser og gradueret aktivitet. Der samarbejdes med jobcenter om fastholdelse i arbejde.',
    targetGroups: ['voksne'],
    needCategories: ['Afklarende samtale', ...CHRONIC],
    minAge: 18,
    formats: ['individuel', 'hold'],
  }),
  offer({
    key: 'albertslund-lymfoedem',
    name: 'Behandling af lymfødem',
    shortDescription: 'Lymfedrænage og kompression ved hævelse i arm eller ben efter kræftoperation.',
    description:
      'Tilbuddet henvender sig til borgere med lymfødem, typisk efter brystkræft eller fjernelse af lymfeknuder. En specialuddannet fysioterapeut giver manuel lymfedrænage, tilpasser kompressionsstrømper og lærer borgeren selvbehandling.',
    targetGroups: ['voksne', 'kræftramte'],
    needCategories: CHRONIC,
    formats: ['individuel'],
    accessRoutes: GP,
  }),
  offer({
    key: 'broendby-astma-boern',
    name: 'Astmaskole for børn og forældre',
    shortDescription: 'To eftermiddage om astma, inhalatorer og leg og sport med astma.',
    description:
      'Målgruppe: børn 6–12 år med astma og deres forældre. Indhold: undervisning ved sundhedsplejerske, øvelser med inhalator og spacer, hvad gør vi ved anfald, sport uden åndenød.',
    targetGroups: ['børn', 'forældre', 'familier'],
    needCategories: CHRONIC,
    minAge: 6,
    maxAge: 12,
  }),

  // ---------------------------------------------------------------------------------------------
  // Older citizens: fall prevention next to strength training, dementia, senses, continence.
  offer({
    key: 'ishoj-faldforebyggelse',
    name: 'Faldforebyggende træning',
    shortDescription: 'Balancetræning for dig, der er faldet eller er bange for at falde.',
    description:
      'Er du faldet inden for det sidste år, eller er du usikker på benene? Så kan du komme på et faldforebyggende hold. En fysioterapeut tester din balance og gangfunktion, og du træner balance, benstyrke og at rejse dig fra gulvet. Vi kigger også på medicin, briller og løse tæpper derhjemme. Holdet mødes to gange om ugen i 12 uger.',
    targetGroups: ['ældre'],
    needCategories: TRAINING,
    minAge: 65,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'albertslund-styrketraening-seniorer',
    name: 'Styrketræning for seniorer',
    shortDescription: 'Vedligeholdende styrketræning i kommunens træningscenter for borgere over 65 år.',
    description:
      'Tilbuddet henvender sig til seniorer, der ønsker at bevare muskelstyrke og kondition. Der trænes i maskiner og med frie vægte under vejledning af en instruktør, to gange ugentligt. Deltagelse forudsætter, at borgeren kan komme til og fra træningscentret på egen hånd.',
    targetGroups: ['ældre', 'seniorer'],
    needCategories: TRAINING,
    minAge: 65,
    costKr: 300,
    costDescription: '300 kr. pr. halvår.',
  }),
  offer({
    key: 'htk-osteoporose-skole',
    name: 'Osteoporoseskole',
    shortDescription: 'Undervisning og træning for borgere med knogleskørhed.',
    description:
      'Osteoporoseskolen er et forløb for borgere med diagnosticeret osteoporose eller osteopeni. Forløbet omfatter undervisning ved læge, sygeplejerske, diætist og fysioterapeut om knoglernes opbygning, medicinsk behandling, kalk og D-vitamin, forebyggelse af brud samt sikre bevægelser i hverdagen. Deltagerne introduceres til belastende træning, der styrker knoglerne.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: [...CHRONIC, 'kost', 'motion'],
    minAge: 40,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'vallensbaek-varmtvand',
    name: 'Varmtvandstræning',
    shortDescription: 'Skånsom træning i 34 grader varmt vand.',
    description: 'For dig med gigt, smerter eller stive led. Tilmelding i Borgerservice.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: TRAINING,
    costKr: 450,
    costDescription: '450 kr. for 10 gange.',
  }),
  offer({
    key: 'broendby-seniordans',
    name: 'Seniordans i Kulturhuset',
    shortDescription: 'Dans for seniorer – alene eller sammen med din partner.',
    description:
      'Målgruppe: seniorer, der kan lide musik og bevægelse. Indhold: linedance, folkedans og lette koreografier, kaffe bagefter. Ingen tilmelding, kom bare.',
    targetGroups: ['ældre', 'seniorer'],
    needCategories: [...ACTIVE, 'sociale-relationer'],
    minAge: 60,
    costKr: 20,
    costDescription: '20 kr. pr. gang inkl. kaffe.',
    formats: ['åbent'],
  }),
  offer({
    key: 'ishoj-gaahold',
    name: 'Gåhold ved Ishøj Strand',
    shortDescription: 'Gå en tur sammen med andre hver onsdag – i dit eget tempo.',
    description:
      'Vi går en times tid langs stranden eller i Tranegilde Mose. Der er et hurtigt og et roligt hold, og vi slutter med kaffe. Gåholdet drives af frivillige, og alle kan være med.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: [...ACTIVE, 'sociale-relationer'],
    formats: ['åbent'],
  }),
  offer({
    key: 'albertslund-forebyggende-hjemmebesoeg',
    name: 'Forebyggende hjemmebesøg',
    shortDescription: 'En samtale i eget hjem om helbred, trivsel og hverdag for borgere på 70, 75, 80 år og ældre.',
    description:
      'Kommunen tilbyder forebyggende hjemmebesøg til alle borgere, når de fylder 70 og 75 år, og årligt fra 82 år, samt til borgere over 65 år, der har mistet en ægtefælle eller er særligt i risiko. Under besøget tales der om helbred, bolig, netværk og aktiviteter, og den forebyggende medarbejder kan pege på relevante tilbud.',
    targetGroups: ['ældre'],
    needCategories: ['Afklarende samtale', 'sociale-relationer'],
    minAge: 65,
    formats: ['hjemmebesøg'],
  }),
  offer({
    key: 'htk-demenskoordinator',
    name: 'Demensrådgivning',
    shortDescription: 'Rådgivning til borgere med demens eller hukommelsesproblemer og deres pårørende.',
    description:
      'Kommunens demenskoordinatorer tilbyder rådgivning og vejledning fra mistanke om demens og gennem hele sygdomsforløbet. Koordinatoren kan hjælpe med at få en udredning via egen læge, forklare sygdommens udvikling (fx Alzheimers sygdom og vaskulær demens), pege på hjælpemidler, aflastning og aktivitetstilbud og støtte de pårørende i at håndtere adfærdsændringer.',
    targetGroups: ['ældre', 'pårørende'],
    needCategories: ['Afklarende samtale'],
    formats: ['individuel', 'hjemmebesøg', 'telefon'],
  }),
  offer({
    key: 'ishoj-demenscafe',
    name: 'Demenscafé for pårørende',
    shortDescription: 'Mød andre, der passer en mand, kone eller forælder med demens.',
    description:
      'Er du pårørende til en med demens, kan du komme i Demenscaféen den første tirsdag i måneden. Du kan tale med andre i samme situation og med demenskoordinatoren. Din pårørende kan være med i et aktivitetsrum ved siden af imens.',
    targetGroups: ['pårørende'],
    needCategories: SOCIAL,
    formats: ['åbent'],
  }),
  offer({
    key: 'broendby-dagcenter-demens',
    name: 'Dagcenter for borgere med demens',
    shortDescription: 'Dagtilbud med aktiviteter, måltider og omsorg – og aflastning til familien.',
    description:
      'Målgruppe: hjemmeboende borgere med demens. Indhold: aktiviteter, gåture, musik, frokost, hjælp til medicin. Kørsel kan bevilges. Visitation: ansøgning via Visitationen. Egenbetaling for kost og kørsel.',
    targetGroups: ['ældre'],
    needCategories: ['sociale-relationer', 'Færdighedstræning'],
    costKr: null,
    costDescription: 'Egenbetaling for mad og kørsel efter gældende takster.',
    formats: ['åbent'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'vallensbaek-hukommelse',
    name: 'Hukommelsestræning',
    shortDescription: 'Hold for seniorer, der vil holde hjernen i gang.',
    description: 'Øvelser, spil og gode råd om at huske bedre i hverdagen. Ikke for borgere med demensdiagnose.',
    targetGroups: ['ældre', 'seniorer'],
    needCategories: ['Mental håndtering'],
    minAge: 60,
  }),
  offer({
    key: 'albertslund-inkontinens',
    name: 'Kontinensrådgivning',
    shortDescription: 'Rådgivning ved ufrivillig vandladning eller afføring og om inkontinenshjælpemidler.',
    description:
      'Kommunens kontinenssygeplejerske tilbyder udredning og rådgivning til borgere med inkontinens, herunder blæretræning, toiletvaner, bækkenbundsøvelser og valg af bleer og andre hjælpemidler. Rådgivningen foregår i kontinensklinikken eller ved hjemmebesøg.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ['Afklarende samtale'],
    formats: ['individuel', 'hjemmebesøg'],
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'ishoj-baekkenbund-kvinder',
    name: 'Bækkenbundstræning for kvinder',
    shortDescription: 'Holdtræning for kvinder, der tisser i bukserne, når de hoster, hopper eller griner.',
    description:
      'Lækker du lidt urin, når du hoster, nyser eller løfter? Det er meget almindeligt – også efter en fødsel eller i overgangsalderen – og det kan trænes væk. En fysioterapeut lærer dig at finde og træne bækkenbundsmusklerne, og du får et program, du kan lave derhjemme.',
    targetGroups: ['kvinder'],
    needCategories: TRAINING,
    minAge: 18,
  }),
  offer({
    key: 'htk-baekkenbund-maend',
    name: 'Bækkenbundstræning for mænd efter prostataoperation',
    shortDescription: 'Individuel vejledning og holdtræning ved urinlækage efter fjernelse af prostata.',
    description:
      'Efter radikal prostatektomi oplever mange mænd inkontinens i en periode. Forløbet består af individuel undersøgelse og vejledning ved fysioterapeut med speciale i bækkenbund samt holdtræning for mænd. Der gives også information om rejsningsproblemer og seksualitet efter operationen.',
    targetGroups: ['mænd', 'kræftramte'],
    needCategories: TRAINING,
    minAge: 18,
    formats: ['individuel', 'hold'],
    accessRoutes: GP,
  }),
  offer({
    key: 'broendby-hoereomsorg',
    name: 'Høreomsorg',
    shortDescription: 'Hjælp til høreapparater: rens, batterier, slanger og justering.',
    description:
      'Målgruppe: borgere med høreapparat. Indhold: skift af slanger og filtre, rens, batterier, vejledning i brug, hjælp til teleslynge og TV-forstærker. Åben konsultation i Plejecentret torsdag 10–12. Hjemmebesøg hvis du ikke kan komme ud.',
    targetGroups: ['ældre', 'borgere med høretab'],
    needCategories: EVERYDAY,
    formats: ['åbent', 'hjemmebesøg'],
  }),
  offer({
    key: 'albertslund-synskonsulent',
    name: 'Synskonsulent og synshjælpemidler',
    shortDescription: 'Rådgivning og hjælpemidler til borgere med nedsat syn.',
    description:
      'Tilbuddet henvender sig til borgere med svagsynethed eller blindhed, fx efter grå stær, grøn stær eller aldersrelateret makuladegeneration. Synskonsulenten afprøver forstørrelsesglas, lamper og talende ure og vejleder i at klare hverdagen med nedsat syn.',
    targetGroups: ['voksne', 'ældre', 'borgere med synshandicap'],
    needCategories: EVERYDAY,
    formats: ['individuel', 'hjemmebesøg'],
  }),
  offer({
    key: 'ishoj-hjaelpemidler',
    name: 'Hjælpemidler og boligindretning',
    shortDescription: 'Søg om rollator, kørestol, badebænk eller ændringer i din bolig.',
    description:
      'Har du svært ved at klare dig i hjemmet, kan du søge om hjælpemidler, fx rollator, kørestol, toiletforhøjer, badebænk eller hjælp til at fjerne dørtrin. En ergoterapeut kommer hjem til dig og vurderer, hvad du har brug for. Hjælpemidlerne er gratis at låne.',
    targetGroups: ['ældre', 'borgere med handicap'],
    needCategories: EVERYDAY,
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'htk-madservice',
    name: 'Madservice – mad leveret til døren',
    shortDescription: 'Varm eller kølet mad leveret hjem til borgere, der ikke selv kan lave mad.',
    description:
      'Borgere, der på grund af nedsat funktionsevne ikke selv kan tilberede mad, kan visiteres til madservice efter servicelovens § 83. Der kan vælges mellem flere retter, herunder diætkost og energitæt kost til småtspisende. Der betales egenbetaling efter den gældende takst.',
    targetGroups: ['ældre', 'borgere med handicap'],
    needCategories: ['kost'],
    costKr: 62,
    costDescription: '62 kr. pr. hovedret.',
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'vallensbaek-ernaering-aeldre',
    name: 'Ernæringsindsats for småtspisende ældre',
    shortDescription: 'Hjælp når vægten falder og appetitten er væk.',
    description:
      'En diætist kommer hjem og hjælper med mellemmåltider, proteindrik og vægtkontrol ved uønsket vægttab.',
    targetGroups: ['ældre'],
    needCategories: ['Diætbehandling', 'kost'],
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'broendby-spisevenner',
    name: 'Spisevenner',
    shortDescription: 'Spis sammen med andre – frivillige spisevenner for ældre, der spiser alene.',
    description:
      'Målgruppe: ældre, der savner selskab ved måltidet. Indhold: en frivillig spiser med dig hjemme eller I mødes på plejecentrets café. Gratis – du betaler kun for din egen mad.',
    targetGroups: ['ældre'],
    needCategories: ['sociale-relationer', 'kost'],
    formats: ['hjemmebesøg', 'åbent'],
  }),
  offer({
    key: 'ishoj-besoegsven',
    name: 'Besøgsven',
    shortDescription: 'En frivillig, der kommer på besøg og har tid til en snak.',
    description:
      'Føler du dig alene, kan du få en besøgsven. En frivillig kommer hjem til dig et par timer hver anden uge og drikker kaffe, går en tur eller spiller kort med dig. Vi finder en, der passer til dig.',
    targetGroups: ['ældre', 'voksne'],
    needCategories: SOCIAL,
    formats: ['hjemmebesøg'],
  }),
  offer({
    key: 'albertslund-hverdagsrehabilitering',
    name: 'Hverdagsrehabilitering',
    shortDescription: 'Træning i at klare daglige gøremål selv, før der bevilges hjemmehjælp.',
    description:
      'Når en borger søger om hjemmehjælp, tilbydes først et tidsbegrænset rehabiliteringsforløb efter servicelovens § 83 a. En ergoterapeut og hjemmetrænede medarbejdere træner med borgeren i de aktiviteter, der er svære – fx at gå i bad, tage tøj på eller lave mad – med målet om at genvinde selvhjulpenhed.',
    targetGroups: ['ældre'],
    needCategories: EVERYDAY,
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'htk-genoptraening-efter-indlaeggelse',
    name: 'Genoptræning efter udskrivelse fra sygehus',
    shortDescription: 'Almen genoptræning efter sundhedslovens § 140 på baggrund af en genoptræningsplan.',
    description:
      'Borgere, der udskrives fra sygehus med en genoptræningsplan, tilbydes almen genoptræning i Træningscenter Høje-Taastrup. Opstart sker senest syv dage efter udskrivelse. Forløbet kan omfatte styrke-, balance- og gangtræning samt træning i daglige aktiviteter og kan foregå på hold, individuelt eller i eget hjem.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: [...TRAINING, 'Færdighedstræning'],
    formats: ['hold', 'individuel', 'hjemmebesøg'],
    accessRoutes: GP,
  }),
  offer({
    key: 'ishoj-hofte-knae-operation',
    name: 'Genoptræning efter ny hofte eller nyt knæ',
    shortDescription: 'Træning på hold efter en knæ- eller hofteoperation.',
    description:
      'Har du fået en ny hofte eller et nyt knæ, træner du på hold med andre, der er opereret. Fysioterapeuten hjælper dig med at få bevægelighed og styrke tilbage, så du kan gå uden krykker. Du skal have en genoptræningsplan fra hospitalet.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: TRAINING,
    accessRoutes: GP,
  }),
  offer({
    key: 'broendby-aflastning-paaroerende',
    name: 'Aflastning til pårørende',
    shortDescription: 'Midlertidigt ophold eller timer i hjemmet, så du som pårørende kan holde fri.',
    description:
      'Målgruppe: ægtefæller og andre, der passer en syg eller svækket borger i hjemmet. Indhold: aflastningsophold på plejecenter i 1–3 uger, eller en medarbejder, der passer din pårørende nogle timer. Visitation.',
    targetGroups: ['pårørende'],
    needCategories: ['sociale-relationer'],
    costKr: null,
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'vallensbaek-omsorgstandpleje',
    name: 'Omsorgstandpleje',
    shortDescription: 'Tandpleje for borgere, der ikke kan komme til tandlæge.',
    description:
      'For svækkede ældre og borgere med handicap. Tandlæge og tandplejer kommer hjem eller på plejecentret.',
    targetGroups: ['ældre', 'borgere med handicap'],
    needCategories: EVERYDAY,
    costKr: 595,
    costDescription: '595 kr. om året (2026).',
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'albertslund-seniorcykling',
    name: 'Cykling uden alder',
    shortDescription: 'Frivillige piloter cykler ældre ud i naturen i rickshaw.',
    description:
      'Tilbuddet giver ældre borgere med nedsat mobilitet mulighed for at komme ud i frisk luft på en cykeltur i rickshaw med en frivillig pilot. Turene tager udgangspunkt i plejecentrene, men hjemmeboende kan også bestille en tur.',
    targetGroups: ['ældre'],
    needCategories: ['sociale-relationer'],
    formats: ['åbent'],
  }),

  // ---------------------------------------------------------------------------------------------
  // Pregnancy, birth and the smallest children.
  offer({
    key: 'ishoj-foedselsforberedelse',
    name: 'Fødselsforberedelse på hold',
    shortDescription: 'Forbered jer på fødslen og den første tid sammen med andre kommende forældre.',
    description:
      'I slutningen af graviditeten kan du og din partner komme på fødselsforberedelse. Jordemoder og sundhedsplejerske fortæller om fødslens faser, vejrtrækning og smertelindring, amning og den første tid med barnet. Holdet mødes tre aftener, og I kan tage en ledsager med, hvis der ikke er en partner.',
    targetGroups: ['gravide', 'partnere', 'kommende forældre'],
    needCategories: ['Vejledning og introduktion til fysiske aktiviteter'],
  }),
  offer({
    key: 'albertslund-foedselsforberedelse-arabisk',
    name: 'Fødselsforberedelse på arabisk',
    shortDescription: 'Fødselsforberedelse for arabisktalende gravide med tolk og kulturmægler.',
    description:
      'Tilbuddet henvender sig til gravide, der ønsker fødselsforberedelse på arabisk. Undervisningen gives af jordemoder med tolk og omfatter fødslen, det danske sundhedsvæsen, amning og sundhedsplejens besøg efter fødslen.',
    targetGroups: ['gravide', 'flygtninge og indvandrere'],
    needCategories: ['Vejledning og introduktion til fysiske aktiviteter'],
    languages: ['ar', 'da'],
    interpreter: true,
  }),
  offer({
    key: 'broendby-sundhedsplejerske-hjemmebesoeg',
    name: 'Sundhedsplejerskens hjemmebesøg',
    shortDescription: 'Sundhedsplejersken besøger alle familier med nyfødte i hjemmet.',
    description:
      'Målgruppe: alle familier med spædbørn. Indhold: etableringsbesøg 4–6 dage efter fødslen, besøg ved 2, 4–6 og 8–10 måneder, vejning og måling, råd om amning, søvn, gråd og udvikling. Ekstra besøg efter behov.',
    targetGroups: ['familier', 'spædbørn', 'forældre'],
    needCategories: ['Opfølgning'],
    maxAge: 1,
    formats: ['hjemmebesøg'],
  }),
  offer({
    key: 'htk-ammeraadgivning',
    name: 'Ammerådgivning og ammeklinik',
    shortDescription: 'Individuel hjælp ved problemer med amning: sår, brystbetændelse, for lidt mælk.',
    description:
      'Kommunens ammekonsulent (IBCLC) tilbyder konsultationer i ammeklinikken til mødre med ammeproblemer, fx smertende brystvorter, tilstoppede mælkegange, brystbetændelse, bekymring for mælkemængden eller et barn, der tager for lidt på. Der kan også gives råd om udmalkning og overgang til flaske.',
    targetGroups: ['mødre', 'spædbørn'],
    needCategories: ['kost', 'Afklarende samtale'],
    formats: ['individuel', 'telefon'],
  }),
  offer({
    key: 'vallensbaek-ammecafe',
    name: 'Ammecafé',
    shortDescription: 'Åben café for ammende mødre hver fredag.',
    description: 'Mød andre mødre, få en kop te og stil spørgsmål til sundhedsplejersken om amning.',
    targetGroups: ['mødre', 'spædbørn'],
    needCategories: ['sociale-relationer'],
    formats: ['åbent'],
  }),
  offer({
    key: 'ishoj-moedregruppe',
    name: 'Mødregrupper',
    shortDescription: 'Sundhedsplejen sætter dig i gruppe med andre mødre med børn på samme alder.',
    description:
      'Når dit barn er et par måneder, kan du komme i en mødregruppe. Sundhedsplejersken er med første gang, og derefter mødes I selv hjemme hos hinanden. Mange får venner for livet.',
    targetGroups: ['mødre', 'spædbørn'],
    needCategories: SOCIAL,
  }),
  offer({
    key: 'albertslund-faedregruppe',
    name: 'Fædregruppe – far på barsel',
    shortDescription: 'Netværk for fædre på barsel med børn under et år.',
    description:
      'Tilbuddet henvender sig til fædre på barselsorlov. Grupperne mødes hver anden uge på biblioteket, og en sundhedsplejerske deltager to gange og taler om rollen som far, søvn og leg med de mindste.',
    targetGroups: ['fædre', 'spædbørn'],
    needCategories: SOCIAL,
  }),
  offer({
    key: 'htk-efterfoedselsreaktion',
    name: 'Samtaler ved efterfødselsreaktion',
    shortDescription: 'Støttende samtaler til mødre og fædre med fødselsdepression eller tristhed efter fødslen.',
    description:
      'Sundhedsplejersker uddannet i Edinburgh-screening tilbyder op til seks støttende samtaler til forældre, der efter fødslen oplever nedtrykthed, angst, søvnløshed eller manglende glæde ved barnet. Ved behov henvises til egen læge eller psykiatri. Fædre screenes også, da efterfødselsreaktion også rammer mænd.',
    targetGroups: ['mødre', 'fædre', 'forældre'],
    needCategories: ['Mental håndtering', 'Afklarende samtale'],
    formats: ['individuel', 'hjemmebesøg'],
  }),
  offer({
    key: 'broendby-babymassage',
    name: 'Babymassage',
    shortDescription: 'Lær at massere dit spædbarn – godt for søvn, mave og kontakt.',
    description:
      'Målgruppe: forældre med babyer 1–6 måneder. Indhold: fire gange med sundhedsplejerske, massage af ben, mave, ryg og ansigt. Medbring et tæppe og olie.',
    targetGroups: ['forældre', 'spædbørn'],
    needCategories: ['søvn'],
    maxAge: 1,
  }),
  offer({
    key: 'ishoj-babysalmesang',
    name: 'Babysalmesang i Ishøj Kirke',
    shortDescription: 'Sang, rim og bevægelse for babyer 2–10 måneder og deres forældre.',
    description:
      'Tag din baby med i kirken, hvor vi synger salmer og børnesange, leger med lys og farver og mærker rytmen. Det er gratis og uden tilmelding. Tilbuddet er lavet af kirken i samarbejde med sundhedsplejen.',
    targetGroups: ['forældre', 'spædbørn'],
    needCategories: SOCIAL,
    maxAge: 1,
    formats: ['åbent'],
  }),
  offer({
    key: 'albertslund-graad-soevn',
    name: 'Søvn- og grådrådgivning for småbørnsfamilier',
    shortDescription: 'Rådgivning når barnet græder meget, har kolik eller ikke vil sove.',
    description:
      'Tilbuddet henvender sig til forældre med børn mellem 0 og 3 år, hvor gråd, kolik eller søvnproblemer belaster familien. Sundhedsplejersken gennemgår døgnrytme, putteritualer og måltider og lægger en plan sammen med forældrene.',
    targetGroups: ['forældre', 'småbørn'],
    needCategories: ['søvn', 'Afklarende samtale'],
    maxAge: 3,
    formats: ['individuel', 'hjemmebesøg', 'telefon'],
  }),
  offer({
    key: 'htk-saarbare-gravide',
    name: 'Familieteam for sårbare gravide',
    shortDescription: 'Tværfaglig støtte under graviditeten og barnets første år til sårbare familier.',
    description:
      'Tilbuddet er for gravide med særlige udfordringer, fx psykisk sygdom, misbrug, vold i hjemmet, manglende netværk eller tidligere anbringelse. Jordemoder, sundhedsplejerske og familierådgiver følger familien fra graviditeten og til barnet er et år, med ekstra hjemmebesøg og forældreforberedelse.',
    targetGroups: ['gravide', 'familier'],
    needCategories: ['Afklarende samtale', 'Opfølgning'],
    formats: ['individuel', 'hjemmebesøg'],
    accessRoutes: ['GP_REFERRAL', 'CLARIFYING_TALK'],
  }),
  offer({
    key: 'vallensbaek-unge-moedre',
    name: 'Netværk for unge mødre',
    shortDescription: 'For mødre under 25 år: fællesskab, sparring og hjælp til uddannelse.',
    description: 'Ugentlige møder med sundhedsplejerske og UU-vejleder. Barnet er med.',
    targetGroups: ['mødre', 'unge'],
    needCategories: SOCIAL,
    minAge: 15,
    maxAge: 25,
  }),
  offer({
    key: 'broendby-mad-til-de-smaa',
    name: 'Mad til de små – fra mælk til familiens mad',
    shortDescription: 'Workshop om skemad, grød og overgangen til familiens mad.',
    description:
      'Målgruppe: forældre med børn 4–12 måneder. Indhold: hvornår og hvordan man starter med skemad, allergi, jern, hvad må barnet ikke få, smagsprøver. Sundhedsplejerske og køkkenleder.',
    targetGroups: ['forældre', 'spædbørn'],
    needCategories: ['kost', 'Kostvejledning'],
    maxAge: 1,
  }),
  offer({
    key: 'ishoj-for-tidligt-foedte',
    name: 'Netværk for familier med for tidligt fødte børn',
    shortDescription: 'Mød andre forældre, hvis barn er født før tid.',
    description:
      'Er dit barn født for tidligt, kan du møde andre forældre, der har prøvet det samme – tiden på neonatalafdelingen, bekymringerne og glæden. Sundhedsplejersken er med og svarer på spørgsmål om udvikling og amning.',
    targetGroups: ['forældre', 'spædbørn'],
    needCategories: SOCIAL,
  }),
  offer({
    key: 'albertslund-graviditet-motion',
    name: 'Motion for gravide',
    shortDescription: 'Skånsom træning, yoga og pilates for gravide fra uge 12.',
    description:
      'Tilbuddet henvender sig til gravide, som ønsker at holde sig fysisk aktive under graviditeten. Træningen ledes af en fysioterapeut og tager hensyn til bækken, ryg og bækkenbund.',
    targetGroups: ['gravide'],
    needCategories: ACTIVE,
    costKr: 400,
    costDescription: '400 kr. for 8 gange.',
  }),

  // ---------------------------------------------------------------------------------------------
  // Children, young people and families: weight, grief, anxiety, divorce, sexual health.
  offer({
    key: 'ishoj-boern-overvaegt-familie',
    name: 'Sund familie – forløb for familier med børn med overvægt',
    shortDescription: 'Et halvt års forløb for hele familien, når barnet vejer for meget.',
    description:
      'Vejer dit barn mere, end det er sundt? Sammen med sundhedsplejersken og en diætist arbejder hele familien med mad, måltider, søvn, skærm og bevægelse. Vi taler ikke om slankekur, men om små ændringer, hele familien kan holde. Barnet kommer ikke på vægten foran andre. Forløbet er for børn fra 4 til 14 år.',
    targetGroups: ['børn', 'familier', 'forældre'],
    needCategories: ['kost', 'motion', 'Kostvejledning'],
    minAge: 4,
    maxAge: 14,
    formats: ['individuel', 'hjemmebesøg'],
  }),
  offer({
    key: 'broendby-jump-boern',
    name: 'Bevægelseshold for børn 8–12 år',
    shortDescription: 'Sjov motion for børn, der ikke går til sport.',
    description:
      'Målgruppe: børn 8–12 år, der sjældent er fysisk aktive eller har det svært i en almindelig idrætsforening. Indhold: leg, boldspil, trampolin, ingen konkurrence. To gange om ugen i Brøndby Hallerne.',
    targetGroups: ['børn'],
    needCategories: ACTIVE,
    minAge: 8,
    maxAge: 12,
  }),
  offer({
    key: 'htk-unge-vaegt',
    name: 'Ung og sund vægt – forløb for unge 13–17 år',
    shortDescription: 'Individuelt forløb med sundhedsplejerske og træning for unge med overvægt.',
    description:
      'Forløbet henvender sig til unge mellem 13 og 17 år med et BMI over isoBMI 25, som selv ønsker at ændre vaner. Forløbet består af motiverende samtaler med skolesundhedsplejersken, et træningshold kun for unge og to familiesamtaler med diætist. Der arbejdes med trivsel og selvværd og ikke kun med vægt.',
    targetGroups: ['unge'],
    needCategories: ['kost', 'motion', 'Behovssamtale'],
    minAge: 13,
    maxAge: 17,
    formats: ['individuel', 'hold'],
  }),
  offer({
    key: 'albertslund-sorggruppe-boern',
    name: 'Sorggruppe for børn',
    shortDescription: 'Samtalegruppe for børn 6–12 år, der har mistet en forælder eller en søskende.',
    description:
      'Tilbuddet henvender sig til børn, der har mistet en mor, far eller søskende ved dødsfald. Børnene mødes otte gange med to uddannede gruppeledere og arbejder med minder, følelser og at tale om den, de har mistet, gennem tegning, leg og samtale. Forældre eller andre omsorgspersoner deltager i et forældremøde.',
    targetGroups: ['børn'],
    needCategories: ['Mental håndtering', 'sociale-relationer'],
    minAge: 6,
    maxAge: 12,
  }),
  offer({
    key: 'ishoj-sorggruppe-unge',
    name: 'Sorggruppe for unge',
    shortDescription: 'For dig mellem 13 og 20 år, der har mistet en forælder, søskende eller ven.',
    description:
      'Har du mistet en, du holdt af? I sorggruppen møder du andre unge, der ved, hvordan det er. Vi snakker, går ture og laver ting sammen, og der er altid to voksne med. Du bestemmer selv, hvor meget du vil sige.',
    targetGroups: ['unge'],
    needCategories: ['Mental håndtering', 'sociale-relationer'],
    minAge: 13,
    maxAge: 20,
  }),
  offer({
    key: 'broendby-sorggruppe-voksne',
    name: 'Sorggruppe for voksne efterladte',
    shortDescription: 'Samtalegruppe for voksne, der har mistet en ægtefælle eller samlever.',
    description:
      'Målgruppe: voksne, der har mistet en ægtefælle, kæreste eller samlever inden for de sidste to år. Indhold: ti møder med præst og sygeplejerske, samtale om sorg, ensomhed og at finde fodfæste igen. Tilbuddet er et samarbejde mellem kommunen og sognene.',
    targetGroups: ['voksne', 'ældre', 'efterladte'],
    needCategories: ['Mental håndtering', 'sociale-relationer'],
    minAge: 18,
  }),
  offer({
    key: 'vallensbaek-boern-skilsmisse',
    name: 'Skilsmissegruppe for børn',
    shortDescription: 'Gruppe for skolebørn, hvis forældre er gået fra hinanden.',
    description: 'Otte møder på skolen med AKT-lærer og psykolog. For børn i 2.–6. klasse.',
    targetGroups: ['børn'],
    needCategories: SOCIAL,
    minAge: 8,
    maxAge: 13,
  }),
  offer({
    key: 'albertslund-samarbejde-efter-skilsmisse',
    name: 'Samarbejde efter skilsmisse – kursus for forældre',
    shortDescription: 'Kursus for forældre, der skal samarbejde om børnene efter et brud.',
    description:
      'Tilbuddet henvender sig til forældre, der er blevet separeret eller skilt, og som ønsker redskaber til at samarbejde om børnene og mindske konflikter. Kurset bygger på det digitale program Samarbejde efter skilsmisse og suppleres med to fysiske gruppemøder.',
    targetGroups: ['forældre'],
    needCategories: SOCIAL,
    formats: ['online', 'hold'],
  }),
  offer({
    key: 'htk-boern-psykisk-syge-foraeldre',
    name: 'Gruppeforløb for børn af psykisk syge forældre',
    shortDescription:
      'Børnegruppe for børn 8–14 år, hvis forælder har depression, angst, skizofreni eller bipolar lidelse.',
    description:
      'Børn af forældre med psykisk sygdom har ofte påtaget sig et stort ansvar og mangler viden om sygdommen. Gruppeforløbet giver børnene alderssvarende viden, mulighed for at dele erfaringer og redskaber til at passe på sig selv. Forløbet tilbydes i samarbejde med Region Hovedstadens Psykiatri.',
    targetGroups: ['børn', 'pårørende'],
    needCategories: ['Mental håndtering', 'sociale-relationer'],
    minAge: 8,
    maxAge: 14,
  }),
  offer({
    key: 'ishoj-angst-boern',
    name: 'Angstforløb for børn – Modige Børn',
    shortDescription: 'Hjælp til børn 7–12 år, der er meget bekymrede eller bange.',
    description:
      'Er dit barn ofte bange, bekymret eller genert, så det går ud over skolen eller vennerne? I Modige Børn lærer barnet og forældrene sammen at tackle bekymringer trin for trin. Forløbet bygger på kognitiv metode og ledes af en psykolog fra PPR. Ti gange i en lille gruppe.',
    targetGroups: ['børn', 'forældre'],
    needCategories: ['Mental håndtering'],
    minAge: 7,
    maxAge: 12,
    accessRoutes: TALK,
  }),
  offer({
    key: 'broendby-angst-unge',
    name: 'Angstgruppe for unge 13–17 år',
    shortDescription: 'Gruppeforløb for unge med angst, panikanfald eller social angst.',
    description:
      'Målgruppe: unge, der har svært ved at gå i skole, være sammen med andre eller som får panikanfald. Indhold: 10 møder med psykolog, kognitive øvelser, gradvis eksponering, forældremøde. Henvisning via skole eller sundhedsplejerske.',
    targetGroups: ['unge'],
    needCategories: ['Mental håndtering'],
    minAge: 13,
    maxAge: 17,
    accessRoutes: TALK,
  }),
  offer({
    key: 'albertslund-ungeraadgivning',
    name: 'Åben anonym rådgivning for børn, unge og familier',
    shortDescription: 'Anonym rådgivning uden visitation efter servicelovens § 11, stk. 3.',
    description:
      'Børn, unge og forældre kan få op til fem anonyme samtaler med en familierådgiver eller psykolog om det, der er svært: konflikter i familien, trivsel, skole, venskaber eller bekymring for et barn. Det kræver ikke sagsbehandling eller henvisning.',
    targetGroups: ['børn', 'unge', 'forældre', 'familier'],
    needCategories: ['Afklarende samtale'],
    formats: ['individuel', 'telefon'],
  }),
  offer({
    key: 'htk-headspace-unge',
    name: 'Ungerummet – gratis samtaler for unge 12–25 år',
    shortDescription: 'Snak med en frivillig eller en psykolog, når livet er svært. Ingen ventetid.',
    description:
      'Ungerummet er et gratis og anonymt tilbud til unge mellem 12 og 25 år, der har det svært: ensomhed, kærestesorger, stress, selvskade, dårligt selvværd eller problemer derhjemme. Den unge møder en frivillig rådgiver, og ved behov tilknyttes en psykolog. Der kan bookes tid online eller kommes uden aftale.',
    targetGroups: ['unge'],
    needCategories: ['Mental håndtering', 'sociale-relationer'],
    minAge: 12,
    maxAge: 25,
    formats: ['individuel', 'åbent', 'online'],
  }),
  offer({
    key: 'vallensbaek-psykolog-unge',
    name: 'Gratis psykolog til unge 18–24 år',
    shortDescription: 'Psykologhjælp uden egenbetaling ved angst eller depression.',
    description:
      'Unge 18–24 år med let til moderat angst eller depression kan få gratis psykolog med henvisning fra lægen.',
    targetGroups: ['unge'],
    needCategories: ['Mental håndtering'],
    minAge: 18,
    maxAge: 24,
    formats: ['individuel'],
    accessRoutes: GP,
  }),
  offer({
    key: 'broendby-selvskade',
    name: 'Samtaler til unge med selvskade',
    shortDescription: 'For unge, der skærer i sig selv eller på anden måde skader sig selv.',
    description:
      'Målgruppe: unge 13–25 år med selvskadende adfærd og deres forældre. Indhold: samtaler med psykolog, alternative strategier ved trang, samarbejde med skole og egen læge. Forældrevejledning.',
    targetGroups: ['unge', 'forældre'],
    needCategories: ['Mental håndtering'],
    minAge: 13,
    maxAge: 25,
    formats: ['individuel'],
  }),
  offer({
    key: 'ishoj-spiseforstyrrelse',
    name: 'Rådgivning om spiseforstyrrelser',
    shortDescription: 'For unge og voksne med anoreksi, bulimi eller tvangsoverspisning – og deres familie.',
    description:
      'Tænker du hele tiden på mad og vægt, kaster du op efter måltider eller spiser du i anfald? Du kan få samtaler med en rådgiver, som kender til spiseforstyrrelser, og hjælp til at komme i behandling. Forældre og kærester kan også få rådgivning.',
    targetGroups: ['unge', 'voksne', 'pårørende'],
    needCategories: ['Mental håndtering', 'kost'],
    minAge: 13,
    formats: ['individuel'],
  }),
  offer({
    key: 'albertslund-adhd-foraeldre',
    name: 'Forældrekursus for forældre til børn med ADHD',
    shortDescription: 'Kursus om hverdagens struktur, konflikter og skole for børn med ADHD eller ADD.',
    description:
      'Tilbuddet henvender sig til forældre til børn mellem 4 og 12 år med diagnosen ADHD eller ADD, eller hvor der er mistanke om opmærksomhedsforstyrrelse. Kurset omfatter otte moduler om forudsigelighed, anerkendende kommunikation, søvn og samarbejde med skolen.',
    targetGroups: ['forældre'],
    needCategories: ['Mental håndtering'],
  }),
  offer({
    key: 'htk-autisme-netvaerk',
    name: 'Netværksgruppe for forældre til børn med autisme',
    shortDescription: 'Forældre mødes og udveksler erfaringer om hverdagen med et barn med autisme.',
    description:
      'Netværksgruppen er for forældre til børn og unge med autismespektrumforstyrrelse. Gruppen mødes en gang om måneden med en autismekonsulent fra PPR, der holder oplæg om fx overgange, sanseforstyrrelser og skolevægring.',
    targetGroups: ['forældre'],
    needCategories: SOCIAL,
    formats: ['åbent'],
  }),
  offer({
    key: 'vallensbaek-sex-unge',
    name: 'Sexologisk rådgivning for unge',
    shortDescription: 'Snak om prævention, sexsygdomme, krop og kærester.',
    description:
      'Skolesundhedsplejersken har åben rådgivning hver uge. Du kan få gratis kondomer og hjælp til at blive testet.',
    targetGroups: ['unge'],
    needCategories: ['Afklarende samtale'],
    minAge: 13,
    maxAge: 19,
    formats: ['åbent'],
  }),
  offer({
    key: 'broendby-klamydiatest',
    name: 'Test for klamydia og andre sexsygdomme',
    shortDescription: 'Gratis hjemmetest for kønssygdomme til unge 15–29 år.',
    description:
      'Målgruppe: unge 15–29 år. Indhold: bestil en gratis test for klamydia og gonorré, som du selv tager derhjemme og sender til laboratoriet. Svaret kommer i e-Boks. Ved positiv test hjælper sundhedsplejersken med behandling og partneropsporing.',
    targetGroups: ['unge'],
    needCategories: ['Afklarende samtale'],
    minAge: 15,
    maxAge: 29,
    formats: ['online'],
  }),
  offer({
    key: 'ishoj-lgbt-unge',
    name: 'Regnbuegruppen – for unge LGBT+',
    shortDescription: 'Et trygt fællesskab for unge 14–22 år, der er homo, bi, trans eller i tvivl.',
    description:
      'Regnbuegruppen er et sted, hvor du kan være dig selv. Vi mødes hver anden torsdag i Ungdomshuset, spiser sammen og snakker om alt fra identitet til kærester. Der er altid en voksen fra ungdomsskolen med.',
    targetGroups: ['unge'],
    needCategories: SOCIAL,
    minAge: 14,
    maxAge: 22,
    formats: ['åbent'],
  }),
  offer({
    key: 'albertslund-mobning',
    name: 'Trivselssamtaler ved mobning',
    shortDescription: 'Samtaler for elever, der bliver mobbet i skolen eller på nettet.',
    description:
      'Tilbuddet henvender sig til elever i grundskolen, der udsættes for mobning, herunder digital mobning og deling af billeder. Skolens trivselsperson og sundhedsplejersken tilbyder samtaler og inddrager forældre og klassen efter aftale.',
    targetGroups: ['børn', 'unge'],
    needCategories: ['sociale-relationer', 'Afklarende samtale'],
    minAge: 6,
    maxAge: 16,
    formats: ['individuel'],
  }),
  offer({
    key: 'htk-motorik-boern',
    name: 'Motoriktræning for børn i børnehave',
    shortDescription: 'Forløb for børn 3–6 år med motoriske vanskeligheder.',
    description:
      'Børn, der er motorisk usikre, falder meget eller har svært ved at hoppe, kravle eller holde på en blyant, kan tilbydes et forløb med kommunens børnefysioterapeut og børneergoterapeut. Træningen foregår i institutionen, og pædagogerne får øvelser, de kan lave med børnene i hverdagen.',
    targetGroups: ['børn'],
    needCategories: ['motion', 'Færdighedstræning'],
    minAge: 3,
    maxAge: 6,
    accessRoutes: VISIT,
  }),
  offer({
    key: 'broendby-ungdomsskole-boksning',
    name: 'Boksning i Ungdomsskolen',
    shortDescription: 'Træning for unge 13–18 år – god til at få afløb og selvtillid.',
    description:
      'Målgruppe: unge 13–18 år. Indhold: boksetræning uden sparring, kondition, styrke. Ungdomsskolens hold er gratis.',
    targetGroups: ['unge'],
    needCategories: ACTIVE,
    minAge: 13,
    maxAge: 18,
  }),
  offer({
    key: 'ishoj-lektiecafe',
    name: 'Lektiecafé på Biblioteket',
    shortDescription: 'Gratis lektiehjælp fra frivillige til skolebørn og unge.',
    description:
      'Har du brug for hjælp til lektierne? Kom i lektiecaféen mandag og onsdag. Frivillige hjælper med matematik, dansk, engelsk og opgaver, og der er frugt og saft.',
    targetGroups: ['børn', 'unge'],
    needCategories: SOCIAL,
    minAge: 7,
    maxAge: 18,
    formats: ['åbent'],
  }),
  offer({
    key: 'vallensbaek-familiebehandling',
    name: 'Familiebehandling',
    shortDescription: 'Forebyggende hjælp til familier med konflikter eller et barn i mistrivsel.',
    description:
      'Samtaler i hjemmet med en familiebehandler efter servicelovens § 32. Visitation via Familierådgivningen.',
    targetGroups: ['familier', 'børn', 'forældre'],
    needCategories: ['Afklarende samtale'],
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'albertslund-ensomme-unge',
    name: 'Fællesskaber for ensomme unge',
    shortDescription: 'Små grupper for unge 15–25 år, der mangler nogen at være sammen med.',
    description:
      'Tilbuddet henvender sig til unge, som føler sig ensomme eller uden for fællesskaber. De unge mødes i grupper på 6–8 med en voksen mentor og laver aktiviteter som madlavning, brætspil og ture. Målet er, at de unge får nye venskaber og modet til at deltage i fritidslivet.',
    targetGroups: ['unge'],
    needCategories: SOCIAL,
    minAge: 15,
    maxAge: 25,
  }),
  offer({
    key: 'broendby-stress-unge',
    name: 'Stress-hold for gymnasieelever',
    shortDescription: 'Fem gange om præstationspres, søvn og at sige fra.',
    description:
      'Målgruppe: elever på ungdomsuddannelser med stress og præstationsangst. Indhold: fem gange med sundhedsplejerske og psykolog, øvelser i vejrtrækning, planlægning og søvn. Foregår på skolen.',
    targetGroups: ['unge'],
    needCategories: MENTAL,
    minAge: 15,
    maxAge: 20,
  }),

  // ---------------------------------------------------------------------------------------------
  // Adult mental health: stress, anxiety, depression, loneliness, sleep, grief.
  offer({
    key: 'ishoj-stresskursus',
    name: 'Stresskursus – find roen igen',
    shortDescription: 'Otte gange på hold for dig, der er presset, sover dårligt eller er sygemeldt med stress.',
    description:
      'Er du stresset, kører tankerne i ring, eller er du sygemeldt med stress? På kurset lærer du at mærke kroppens signaler, prioritere og sige fra. Vi bruger mindfulness og øvelser, du kan tage med hjem. Holdet mødes otte gange, og du får en samtale før og efter.',
    targetGroups: ['voksne'],
    needCategories: MENTAL,
    minAge: 18,
  }),
  offer({
    key: 'htk-stress-sygemeldte',
    name: 'Forløb for sygemeldte med stress',
    shortDescription: 'Jobcentrets forløb for borgere sygemeldt med stress, udbrændthed eller belastningsreaktion.',
    description:
      'Forløbet er et samarbejde mellem Jobcenter Høje-Taastrup og Sundhedscentret og henvender sig til borgere på sygedagpenge med diagnosen belastningsreaktion, udbrændthed eller stress. Indsatsen består af individuelle samtaler med psykolog, et gruppeforløb i stresshåndtering og en plan for gradvis tilbagevenden til arbejdet i dialog med arbejdsgiver.',
    targetGroups: ['voksne', 'sygemeldte'],
    needCategories: [...MENTAL, 'Afklarende samtale'],
    minAge: 18,
    formats: ['individuel', 'hold'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'albertslund-angstkursus',
    name: 'Angstkursus for voksne',
    shortDescription: 'Kognitivt gruppeforløb for voksne med angst, panikangst eller social fobi.',
    description:
      'Tilbuddet henvender sig til voksne, hvis hverdag begrænses af angst, fx panikanfald, bekymringer, social angst eller undgåelse af butikker og offentlig transport. Forløbet bygger på kognitiv adfærdsterapi og består af ti gruppemøder og en individuel samtale.',
    targetGroups: ['voksne'],
    needCategories: ['Mental håndtering'],
    minAge: 18,
  }),
  offer({
    key: 'broendby-depression',
    name: 'Mestring af depression',
    shortDescription: 'Kursus for voksne med let til moderat depression eller tristhed.',
    description:
      'Målgruppe: voksne med depression, nedtrykthed eller tristhed, der varer ved. Indhold: otte gange med psykolog, aktivitetsplan, tankemønstre, søvn, tilbagefaldsplan. Sideløbende behandling hos egen læge.',
    targetGroups: ['voksne'],
    needCategories: ['Mental håndtering'],
    minAge: 18,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'vallensbaek-mindfulness',
    name: 'Mindfulness på biblioteket',
    shortDescription: 'Åben meditation hver mandag aften.',
    description: 'Guidet meditation og rolige øvelser i 45 minutter. Ingen tilmelding.',
    targetGroups: ['voksne'],
    needCategories: MENTAL,
    formats: ['åbent'],
  }),
  offer({
    key: 'ishoj-soevnskole',
    name: 'Søvnskolen',
    shortDescription: 'Til dig, der ligger vågen om natten eller vågner alt for tidligt.',
    description:
      'Sover du dårligt, og er du træt om dagen? På Søvnskolen lærer du, hvad der påvirker søvnen, og du får en plan for bedre søvn uden sovepiller. Vi bruger søvndagbog og metoder fra kognitiv behandling af søvnløshed. Fire gange på hold.',
    targetGroups: ['voksne'],
    needCategories: ['søvn', 'Mental håndtering'],
    minAge: 18,
  }),
  offer({
    key: 'albertslund-netvaerksgruppe-ensomhed',
    name: 'Netværksgrupper mod ensomhed',
    shortDescription: 'Små grupper, hvor voksne, der føler sig alene, mødes og laver noget sammen.',
    description:
      'Tilbuddet henvender sig til voksne i alle aldre, der oplever ensomhed eller har mistet deres netværk efter fx skilsmisse, flytning, sygdom eller pensionering. Deltagerne mødes i grupper på 8–10 ledet af frivillige og aftaler selv aktiviteter som gåture, fællesspisning og udflugter.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: SOCIAL,
    minAge: 25,
  }),
  offer({
    key: 'htk-psykiatri-vaerested',
    name: 'Værestedet Lyspunktet',
    shortDescription: 'Værested for voksne med psykiske vanskeligheder.',
    description:
      'Lyspunktet er et værested efter servicelovens § 104 for voksne med psykiske vanskeligheder eller sindslidelse. Der er fællesspisning, kreative værksteder, ture og mulighed for at tale med personalet. Tilbuddet kræver ikke visitation.',
    targetGroups: ['voksne', 'borgere med psykisk sygdom'],
    needCategories: SOCIAL,
    minAge: 18,
    costKr: null,
    formats: ['åbent'],
  }),
  offer({
    key: 'broendby-recovery-skole',
    name: 'Recoveryskolen',
    shortDescription: 'Kurser om at komme sig efter psykisk sygdom – undervisere med egen erfaring.',
    description:
      'Målgruppe: voksne med psykiske udfordringer, pårørende og fagfolk. Indhold: korte kurser om håb, håndtering af stemmer, stigma og at komme tilbage til job og uddannelse. Underviserne har selv erfaring med psykisk sygdom.',
    targetGroups: ['voksne', 'borgere med psykisk sygdom', 'pårørende'],
    needCategories: ['Mental håndtering'],
    minAge: 18,
  }),
  offer({
    key: 'ishoj-paaroerende-psykisk-syge',
    name: 'Pårørendegruppe – når en i familien har en psykisk sygdom',
    shortDescription: 'For voksne pårørende til en med skizofreni, bipolar lidelse, depression eller angst.',
    description:
      'Er din søn, datter, mand eller mor psykisk syg? Det kan være hårdt at være pårørende. I gruppen møder du andre i samme situation, får viden om sygdomme og behandling og taler om at passe på dig selv. Gruppen ledes af en sygeplejerske fra socialpsykiatrien.',
    targetGroups: ['pårørende'],
    needCategories: ['Mental håndtering', 'sociale-relationer'],
    minAge: 18,
  }),
  offer({
    key: 'albertslund-bostoette',
    name: 'Bostøtte i eget hjem',
    shortDescription: 'Socialpædagogisk støtte efter servicelovens § 85 til at klare hverdagen.',
    description:
      'Borgere med psykiske vanskeligheder, udviklingshæmning eller andre funktionsnedsættelser kan visiteres til socialpædagogisk støtte i eget hjem. Bostøtten hjælper med struktur i hverdagen, økonomi, post, rengøring, indkøb og kontakt til behandlere.',
    targetGroups: ['voksne', 'borgere med psykisk sygdom', 'borgere med handicap'],
    needCategories: EVERYDAY,
    minAge: 18,
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'htk-selvmordsforebyggelse',
    name: 'Rådgivning om selvmordstanker',
    shortDescription: 'Samtaler til borgere med selvmordstanker og til pårørende, der er bekymrede.',
    description:
      'Kommunens selvmordsforebyggende team tilbyder hurtig kontakt og op til otte samtaler til borgere, der har selvmordstanker eller har forsøgt selvmord, samt til pårørende og efterladte efter selvmord. Ved akut fare ringes 112, eller borgeren henvises til psykiatrisk akutmodtagelse.',
    targetGroups: ['voksne', 'unge', 'pårørende'],
    needCategories: ['Mental håndtering', 'Afklarende samtale'],
    minAge: 15,
    formats: ['individuel', 'telefon'],
  }),
  offer({
    key: 'vallensbaek-adhd-voksne',
    name: 'Netværk for voksne med ADHD',
    shortDescription: 'Månedlige møder om at leve med ADHD som voksen.',
    description: 'Erfaringsudveksling, oplæg om struktur og medicin. Arrangeres af frivillige.',
    targetGroups: ['voksne'],
    needCategories: SOCIAL,
    minAge: 18,
    formats: ['åbent'],
  }),
  offer({
    key: 'broendby-traume-flygtninge',
    name: 'Traumeforløb for flygtninge',
    shortDescription: 'Samtaler og kropsbaserede øvelser for flygtninge med traumer, mareridt og uro.',
    description:
      'Målgruppe: voksne flygtninge med PTSD-symptomer, søvnproblemer, smerter og mareridt efter krig, flugt eller tortur. Indhold: samtaler med psykolog med tolk, kropsbaseret stabilisering, undervisning om traumereaktioner. Arabisk, farsi, tigrinya og ukrainsk med tolk.',
    targetGroups: ['voksne', 'flygtninge og indvandrere'],
    needCategories: ['Mental håndtering'],
    minAge: 18,
    languages: ['da', 'ar', 'fa', 'ti', 'uk'],
    interpreter: true,
    formats: ['individuel', 'hold'],
    accessRoutes: TALK,
  }),
  offer({
    key: 'htk-veteraner',
    name: 'Veterankontakt',
    shortDescription: 'Rådgivning og netværk for tidligere udsendte soldater og deres familier.',
    description:
      'Kommunens veterankoordinator hjælper veteraner med kontakt til Veterancentret, behandling for PTSD, job og bolig, og koordinerer støtte til familier. Der arrangeres også veterancafé en gang om måneden.',
    targetGroups: ['veteraner', 'familier'],
    needCategories: ['Afklarende samtale', 'sociale-relationer'],
    minAge: 18,
    formats: ['individuel', 'åbent'],
  }),
  offer({
    key: 'ishoj-tinnitus',
    name: 'Tinnitus- og høretabsgruppe',
    shortDescription: 'Mød andre med susen for ørerne eller høretab og få gode råd.',
    description:
      'Har du tinnitus, hyperakusis eller et høretab, der gør hverdagen anstrengende? I gruppen lærer du om lydterapi, afspænding og at sige fra i larmende situationer. Høreforeningen er med.',
    targetGroups: ['voksne', 'ældre', 'borgere med høretab'],
    needCategories: ['Mental håndtering', 'sociale-relationer'],
  }),
  offer({
    key: 'albertslund-krop-og-sind',
    name: 'Krop og sind – forløb for borgere med funktionelle lidelser',
    shortDescription: 'Forløb ved uforklarede symptomer som smerter, svimmelhed og træthed.',
    description:
      'Tilbuddet henvender sig til borgere med funktionelle lidelser eller længerevarende symptomer uden klar medicinsk forklaring. Forløbet kombinerer psykoedukation, gradueret aktivitet og samtaler om stress og belastninger og sker i samarbejde med egen læge.',
    targetGroups: ['voksne'],
    needCategories: ['Mental håndtering', 'Sygdomshåndtering'],
    minAge: 18,
    accessRoutes: GP,
  }),

  // ---------------------------------------------------------------------------------------------
  // Money, housing, violence and social support.
  offer({
    key: 'ishoj-gaeldsraadgivning',
    name: 'Gældsrådgivning',
    shortDescription: 'Gratis hjælp til at få overblik over gæld, rykkere og inkasso.',
    description:
      'Har du gæld, som du ikke kan betale, eller får du rykkere og breve fra inkasso eller Gældsstyrelsen? En gældsrådgiver hjælper dig med at få overblik, lave en afdragsordning og tale med kreditorerne. Rådgivningen er gratis og fortrolig. Vi kan også hjælpe med at søge gældssanering.',
    targetGroups: ['voksne'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['individuel', 'åbent'],
  }),
  offer({
    key: 'albertslund-budgetraadgivning',
    name: 'Budget- og økonomirådgivning',
    shortDescription: 'Hjælp til at lægge et budget og få pengene til at slå til.',
    description:
      'Tilbuddet henvender sig til borgere, som har svært ved at få økonomien til at hænge sammen. En frivillig økonom gennemgår indtægter og udgifter sammen med borgeren, opretter budgetkonto og giver råd om besparelser på fx telefon, forsikringer og abonnementer. Borgere med gæld henvises til gældsrådgivningen.',
    targetGroups: ['voksne', 'unge'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['individuel'],
  }),
  offer({
    key: 'broendby-boligsocial-udsaettelse',
    name: 'Rådgivning ved risiko for udsættelse af bolig',
    shortDescription: 'Hjælp, hvis du er bagud med huslejen og risikerer at blive sat ud.',
    description:
      'Målgruppe: lejere med huslejerestancer eller opsigelse fra boligselskabet. Indhold: kontakt til boligselskab og fogedret, ansøgning om enkeltydelse eller boligstøtte, afdragsordning. Kontakt os straks, når du får brev fra udlejer.',
    targetGroups: ['voksne', 'familier'],
    needCategories: ['Afklarende samtale'],
    formats: ['individuel'],
  }),
  offer({
    key: 'htk-boligstoette-vejledning',
    name: 'Vejledning om boligstøtte og boligydelse',
    shortDescription: 'Hjælp til at søge boligstøtte, indskudslån og beboerindskud.',
    description:
      'Borgerservice vejleder om boligsikring, boligydelse til pensionister, kommunalt indskudslån og flyttehjælp. Ansøgning sker på borger.dk, men borgere, der har svært ved det digitale, kan få hjælp ved personligt fremmøde.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ['Afklarende samtale'],
    formats: ['åbent'],
  }),
  offer({
    key: 'ishoj-gadeteam-hjemloese',
    name: 'Gadeteamet',
    shortDescription: 'Opsøgende medarbejdere, der hjælper hjemløse og borgere uden fast bopæl.',
    description:
      'Sover du på gaden, på sofaen hos venner eller i en bil? Gadeteamet kan hjælpe dig med en plads på et herberg, en akutbolig, kontakt til læge og med at få styr på ydelser og post. Vi kommer derhen, hvor du er.',
    targetGroups: ['hjemløse', 'socialt udsatte'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['individuel'],
  }),
  offer({
    key: 'albertslund-varmestue',
    name: 'Varmestuen',
    shortDescription: 'Varm mad, bad og et sted at være om aftenen og natten for udsatte borgere.',
    description:
      'Varmestuen har åbent alle dage fra 17 til 09 og tilbyder aftensmad, morgenmad, bad, tøjvask og mulighed for at hvile. Der er socialfaglige medarbejdere til stede. Varmestuen er for borgere i hjemløshed eller social udsathed og kræver ikke visitation.',
    targetGroups: ['hjemløse', 'socialt udsatte'],
    needCategories: SOCIAL,
    minAge: 18,
    formats: ['åbent'],
  }),
  offer({
    key: 'broendby-madhjaelp',
    name: 'Fødevarehjælp og madposer',
    shortDescription: 'Gratis madposer og overskudsmad til familier med meget lav indkomst.',
    description:
      'Målgruppe: borgere og familier, der ikke har råd til mad sidst på måneden. Indhold: uddeling af madposer og overskudsmad fra supermarkeder hver torsdag i samarbejde med Fødevarebanken og frivillige. Henvisning fra sagsbehandler eller boligsocial medarbejder.',
    targetGroups: ['familier', 'socialt udsatte'],
    needCategories: ['kost'],
    formats: ['åbent'],
    accessRoutes: TALK,
  }),
  offer({
    key: 'htk-retshjaelp',
    name: 'Gratis retshjælp',
    shortDescription: 'Juridisk rådgivning ved frivillige jurister om leje, arv, forbrugerkøb og familieret.',
    description:
      'Retshjælpen tilbyder gratis mundtlig juridisk rådgivning til alle borgere på biblioteket hver anden tirsdag. Frivillige jurister og advokater rådgiver om blandt andet lejeforhold, skilsmisse og forældremyndighed, arv og testamente samt tvister med håndværkere og forretninger.',
    targetGroups: ['voksne'],
    needCategories: ['Afklarende samtale'],
    formats: ['åbent'],
  }),
  offer({
    key: 'ishoj-vold-i-hjemmet',
    name: 'Rådgivning om vold i nære relationer',
    shortDescription: 'Hjælp til dig, der bliver slået, truet eller kontrolleret af en partner eller familie.',
    description:
      'Bliver du slået, truet, ydmyget eller kontrolleret af din kæreste, ægtefælle eller familie? Du kan få fortrolig rådgivning og hjælp til sikkerhed, krisecenter, bolig og til at tale med politiet. Vi hjælper også, hvis du selv er den, der udøver vold og vil stoppe.',
    targetGroups: ['voksne', 'familier'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['individuel', 'telefon'],
  }),
  offer({
    key: 'albertslund-krisecenter',
    name: 'Krisecenter for kvinder og børn',
    shortDescription: 'Midlertidigt ophold for kvinder og deres børn, der er udsat for vold.',
    description:
      'Krisecentret tilbyder ophold døgnet rundt efter servicelovens § 109 til kvinder, der har været udsat for vold, trusler om vold eller tilsvarende krise i familien, samt deres børn. Under opholdet tilbydes psykologsamtaler, juridisk rådgivning og hjælp til ny bolig.',
    targetGroups: ['kvinder', 'børn'],
    needCategories: ['Afklarende samtale'],
    formats: ['individuel'],
  }),
  offer({
    key: 'vallensbaek-frivilligcenter',
    name: 'Frivilligcenter Vallensbæk',
    shortDescription: 'Find en frivillig opgave eller en forening, der passer til dig.',
    description: 'Vi hjælper dig med at finde fællesskaber, foreninger og frivilligt arbejde i kommunen.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: SOCIAL,
    formats: ['åbent'],
  }),
  offer({
    key: 'broendby-job-og-helbred',
    name: 'Job og helbred – forløb for ledige med skavanker',
    shortDescription: 'Træning og samtaler for ledige, hvor helbredet står i vejen for et job.',
    description:
      'Målgruppe: ledige på kontanthjælp, ressourceforløb eller jobafklaring med smerter, overvægt, diabetes eller dårlig søvn. Indhold: træning tre gange om ugen, sundhedssamtaler, virksomhedspraktik. Visitation via Jobcentret.',
    targetGroups: ['voksne', 'ledige'],
    needCategories: ['motion', 'Behovssamtale'],
    minAge: 18,
    maxAge: 65,
    accessRoutes: VISIT,
  }),
  offer({
    key: 'htk-sundhedstjek-udsatte',
    name: 'Sundhedstjek for socialt udsatte',
    shortDescription: 'Sundhedssygeplejerske på værestederne: sår, blodtryk, vaccination og hjælp til lægen.',
    description:
      'Sundhedssygeplejersken kommer fast på værestederne og i herberget og tilbyder sårpleje, blodtryks- og blodsukkermåling, vaccination og hjælp til at komme til egen læge, tandlæge eller misbrugsbehandling. Borgeren kan være anonym.',
    targetGroups: ['socialt udsatte', 'hjemløse'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['åbent'],
  }),
  offer({
    key: 'ishoj-tandpleje-udsatte',
    name: 'Socialtandpleje',
    shortDescription: 'Gratis tandbehandling for hjemløse og borgere i misbrug.',
    description:
      'Har du ondt i tænderne og ikke råd til tandlæge, og er du hjemløs eller i misbrugsbehandling? Så kan du få gratis akut tandbehandling. Spørg på Værestedet Broen eller hos Gadeteamet.',
    targetGroups: ['hjemløse', 'socialt udsatte'],
    needCategories: EVERYDAY,
    minAge: 18,
    formats: ['individuel'],
    accessRoutes: TALK,
  }),
  offer({
    key: 'albertslund-pensionsraadgivning',
    name: 'Rådgivning før pension',
    shortDescription: 'Informationsmøde om folkepension, efterløn og et godt seniorliv.',
    description:
      'Tilbuddet henvender sig til borgere, der inden for et par år går på pension. På mødet orienterer Udbetaling Danmark og kommunen om folkepension, ældrecheck og boligydelse, og seniorrådet fortæller om foreninger og aktiviteter for seniorer.',
    targetGroups: ['seniorer'],
    needCategories: ['sociale-relationer'],
    minAge: 60,
  }),

  // ---------------------------------------------------------------------------------------------
  // Language, newcomers and health in other languages.
  offer({
    key: 'ishoj-sprogcafe',
    name: 'Sprogcafé – øv dansk over en kop kaffe',
    shortDescription: 'Snak dansk med frivillige i et uformelt fællesskab.',
    description:
      'Vil du blive bedre til at tale dansk? Kom i Sprogcaféen på biblioteket og snak med frivillige og andre, der lærer dansk. Vi taler om hverdagen, læser avisen og spiller spil. Alle niveauer er velkomne, og du skal ikke tilmelde dig.',
    targetGroups: ['flygtninge og indvandrere', 'voksne'],
    needCategories: SOCIAL,
    formats: ['åbent'],
  }),
  offer({
    key: 'albertslund-sprogcafe-kvinder',
    name: 'Dansk og fællesskab for kvinder',
    shortDescription: 'Sprogtræning og fællesskab for kvinder med anden etnisk baggrund end dansk.',
    description:
      'Tilbuddet henvender sig til kvinder, der ønsker at styrke deres danske og blive en del af et fællesskab. Der er børnepasning under møderne, og temaerne er hverdagsnære: skole, læge, indkøb og sundhed. Ledes af frivillige fra Dansk Flygtningehjælp.',
    targetGroups: ['kvinder', 'flygtninge og indvandrere'],
    needCategories: SOCIAL,
    formats: ['åbent'],
  }),
  offer({
    key: 'broendby-motion-flygtninge',
    name: 'Motion og fællesskab for nye borgere',
    shortDescription: 'Fodbold, fitness og svømning for flygtninge og nytilkomne.',
    description:
      'Målgruppe: flygtninge og familiesammenførte i integrationsprogrammet. Indhold: ugentlig træning med foreningstrænere, introduktion til foreningslivet, hold kun for kvinder. Arabisk og ukrainsk talende hjælpetrænere.',
    targetGroups: ['flygtninge og indvandrere'],
    needCategories: ACTIVE,
    languages: ['da', 'ar', 'uk'],
  }),
  offer({
    key: 'htk-svoemning-kvinder',
    name: 'Svømning for kvinder',
    shortDescription: 'Svømmeundervisning for voksne kvinder i lukket hal med kvindelige instruktører.',
    description:
      'Tilbuddet giver voksne kvinder, der ikke har lært at svømme, mulighed for svømmeundervisning i trygge rammer. Hallen er lukket for andre i tidsrummet, og instruktørerne er kvinder. Mange deltagere har flygtninge- eller indvandrerbaggrund.',
    targetGroups: ['kvinder'],
    needCategories: ACTIVE,
    minAge: 18,
    costKr: 200,
    costDescription: '200 kr. for et forløb på 12 gange.',
  }),
  offer({
    key: 'ishoj-cykelkursus-kvinder',
    name: 'Lær at cykle – for voksne kvinder',
    shortDescription: 'Cykelskole for kvinder, der aldrig har lært at cykle.',
    description:
      'Har du aldrig lært at cykle? På cykelskolen lærer du det i et roligt tempo sammen med andre kvinder. Vi låner dig en cykel og hjelm, og til sidst øver vi at cykle i trafikken.',
    targetGroups: ['kvinder', 'flygtninge og indvandrere'],
    needCategories: ACTIVE,
    minAge: 18,
  }),
  offer({
    key: 'albertslund-sundhedsformidlere',
    name: 'Sundhedsformidlere på modersmål',
    shortDescription: 'Oplæg om sundhed på arabisk, somali, tyrkisk og urdu i foreninger og boligområder.',
    description:
      'Kommunens uddannede sundhedsformidlere holder oplæg på borgernes modersmål om fx diabetes, kost, D-vitamin, screeningsprogrammer og det danske sundhedsvæsen. Oplæggene kan bestilles af foreninger, moskeer, sprogskoler og beboerforeninger.',
    targetGroups: ['flygtninge og indvandrere'],
    needCategories: ['kost', 'Sygdomshåndtering'],
    languages: ['ar', 'so', 'tr', 'ur'],
  }),
  offer({
    key: 'broendby-madlavning-nydanske',
    name: 'Sund mad fra hele verden',
    shortDescription: 'Madlavningshold, hvor deltagerne laver sundere udgaver af retter fra deres hjemland.',
    description:
      'Målgruppe: voksne med anden etnisk baggrund, som vil lave sundere mad til familien. Indhold: seks gange i skolekøkken med diætist, mindre fedt og sukker, flere grøntsager, indkøb på budget. Tolk efter behov.',
    targetGroups: ['flygtninge og indvandrere', 'familier'],
    needCategories: COOKING,
    interpreter: true,
  }),
  offer({
    key: 'htk-foraeldrekursus-nydanske',
    name: 'Forældrekursus for nye forældre i Danmark',
    shortDescription: 'Kursus om børneopdragelse, skole og daginstitution i Danmark.',
    description:
      'Kurset henvender sig til forældre, der er nye i Danmark, og giver viden om det danske skole- og daginstitutionssystem, forældresamarbejde, børns rettigheder og opdragelse uden vold. Undervisningen foregår med tolk på forældrenes sprog.',
    targetGroups: ['forældre', 'flygtninge og indvandrere'],
    needCategories: SOCIAL,
    languages: ['da', 'ar', 'uk', 'so'],
    interpreter: true,
  }),
  offer({
    key: 'vallensbaek-mentor-nye-borgere',
    name: 'Netværksfamilie for nye borgere',
    shortDescription: 'En dansk familie, du kan mødes med og få hjælp af til hverdagen.',
    description: 'Frivillige familier mødes med nye flygtningefamilier et år. Tilmelding via integrationsteamet.',
    targetGroups: ['flygtninge og indvandrere', 'familier'],
    needCategories: SOCIAL,
  }),
  offer({
    key: 'broendby-digital-hjaelp',
    name: 'Digital hjælp – MitID, e-Boks og borger.dk',
    shortDescription: 'Frivillige hjælper med MitID, e-Boks, Min Læge-appen og digital post.',
    description:
      'Målgruppe: borgere, der har svært ved det digitale, fx ældre og nye borgere. Indhold: hjælp til MitID, e-Boks, sundhed.dk, Min Læge-appen og booking af tider. Hver onsdag på biblioteket.',
    targetGroups: ['ældre', 'flygtninge og indvandrere'],
    needCategories: EVERYDAY,
    formats: ['åbent'],
  }),

  // ---------------------------------------------------------------------------------------------
  // Physiotherapy, rehabilitation and the body.
  offer({
    key: 'ishoj-vederlagsfri-fysioterapi',
    name: 'Vederlagsfri fysioterapi',
    shortDescription: 'Gratis fysioterapi ved svært fysisk handicap eller progressiv sygdom.',
    description:
      'Har du et svært fysisk handicap eller en fremadskridende sygdom som sklerose, Parkinson eller gigt, kan du få vederlagsfri fysioterapi hos en privat fysioterapeut eller i kommunen. Du skal have en henvisning fra din læge.',
    targetGroups: ['voksne', 'børn', 'borgere med handicap'],
    needCategories: TRAINING,
    formats: ['individuel', 'hold'],
    accessRoutes: GP,
  }),
  offer({
    key: 'albertslund-nakke-skulder',
    name: 'Nakke- og skuldertræning',
    shortDescription: 'Hold for borgere med spændinger og smerter i nakke og skuldre.',
    description:
      'Tilbuddet henvender sig til borgere med ondt i nakke og skuldre, fx på grund af stillesiddende arbejde eller ensidigt gentaget arbejde. Deltagerne træner styrke- og bevægeøvelser, som kan udføres derhjemme eller på arbejdspladsen.',
    targetGroups: ['voksne'],
    needCategories: TRAINING,
    minAge: 18,
    costKr: 250,
    costDescription: '250 kr. for otte gange.',
  }),
  offer({
    key: 'htk-amputation',
    name: 'Gangtræning efter amputation',
    shortDescription: 'Træning med protese efter amputation af ben.',
    description:
      'Borgere, der har fået amputeret et ben, fx på grund af diabetes eller åreforkalkning, tilbydes gangtræning med og uden protese, træning af forflytninger og kørestolsfærdigheder. Forløbet sker i tæt samarbejde med bandagist og hospital.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: TRAINING,
    formats: ['individuel'],
    accessRoutes: GP,
  }),
  offer({
    key: 'broendby-svimmelhed',
    name: 'Træning ved svimmelhed',
    shortDescription: 'Øvelser for borgere, der bliver svimle, når de vender sig eller rejser sig.',
    description:
      'Målgruppe: borgere med svimmelhed fra balanceorganet eller øresten. Indhold: undersøgelse ved fysioterapeut, manøvrer og hjemmeøvelser, råd om fald. Henvisning fra egen læge eller øre-næse-halslæge.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: TRAINING,
    formats: ['individuel'],
    accessRoutes: GP,
  }),
  offer({
    key: 'vallensbaek-kroerstolstraening',
    name: 'Kørestolstræning',
    shortDescription: 'Lær at køre sikkert i kørestol ude og inde.',
    description: 'For nye kørestolsbrugere. Ergoterapeut træner kantsten, ramper og forflytning.',
    targetGroups: ['borgere med handicap'],
    needCategories: EVERYDAY,
    formats: ['individuel'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'ishoj-hjemmetraening',
    name: 'Træning i eget hjem',
    shortDescription: 'En terapeut træner med dig derhjemme, når du ikke kan komme ud.',
    description:
      'Kan du ikke komme til træningscentret, fordi du er for svag, eller fordi du ikke kan komme ud af din lejlighed? Så kan du søge om træning i eget hjem efter servicelovens § 86. Terapeuten træner med dig og lærer dig øvelser.',
    targetGroups: ['ældre'],
    needCategories: [...TRAINING, 'Færdighedstræning'],
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'htk-hjaelpemidler-hoere',
    name: 'Høreapparater og kommunikationshjælpemidler',
    shortDescription: 'Ansøgning om høreapparat-tilskud, blinkende dørklokke og telefon til hørehæmmede.',
    description:
      'Kommunikationscentret vejleder borgere med høretab om tilskud til høreapparater, teleslynge, vibrerende vækkeur, lysindikator til dørklokke og forstærkertelefon. Høreundersøgelse foretages hos øre-næse-halslæge eller på hospitalets audiologiske afdeling.',
    targetGroups: ['voksne', 'ældre', 'borgere med høretab'],
    needCategories: EVERYDAY,
    formats: ['individuel'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'albertslund-ergoterapi-gigt',
    name: 'Ergoterapi ved leddegigt',
    shortDescription: 'Råd om skånsomme arbejdsstillinger og hjælpemidler ved leddegigt i hænderne.',
    description:
      'Tilbuddet henvender sig til borgere med leddegigt eller artrose i hænderne. Ergoterapeuten vejleder i ledbeskyttelse, skinner og små hjælpemidler, fx dåseåbner og gribetang, og træner håndfunktion.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: EVERYDAY,
    formats: ['individuel'],
    accessRoutes: GP_SELF,
  }),

  // ---------------------------------------------------------------------------------------------
  // Food, weight and cooking.
  offer({
    key: 'ishoj-vaegttab-voksne',
    name: 'Vægttabshold for voksne',
    shortDescription: 'Et år med støtte til at tabe dig og holde vægten – mad, motion og vaner.',
    description:
      'Vil du gerne tabe dig, men har du prøvet mange kure? På vægttabsholdet får du støtte i et helt år fra en diætist og en fysioterapeut. Vi arbejder med sult og mæthed, indkøb, trøstespisning og bevægelse i hverdagen. Holdet er for dig med et BMI over 30.',
    targetGroups: ['voksne'],
    needCategories: ['kost', 'motion', 'Kostvejledning'],
    minAge: 18,
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'albertslund-diaetist-individuel',
    name: 'Kostvejledning ved klinisk diætist',
    shortDescription: 'Individuel kostvejledning ved livsstilssygdom, fødevareallergi eller uønsket vægttab.',
    description:
      'Borgere med behov for individuel kostvejledning, fx ved type 2-diabetes, forhøjet kolesterol, forhøjet blodtryk, mave-tarm-problemer eller uønsket vægttab, kan tilbydes op til tre samtaler med en klinisk diætist. Henvisning sker fra egen læge.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ['Kostvejledning', 'Diætbehandling'],
    minAge: 18,
    formats: ['individuel'],
    accessRoutes: GP,
  }),
  offer({
    key: 'broendby-mandekoekken',
    name: 'Mandekøkkenet',
    shortDescription: 'Madlavning for mænd, der vil lære at lave ordentlig hverdagsmad.',
    description:
      'Målgruppe: mænd i alle aldre, også dem, der aldrig har stået ved et komfur. Indhold: otte aftener, en ret ad gangen, indkøb og opbevaring, vi spiser sammen. Egenbetaling til råvarer.',
    targetGroups: ['mænd'],
    needCategories: COOKING,
    minAge: 18,
    costKr: 400,
    costDescription: '400 kr. for hele forløbet.',
  }),
  offer({
    key: 'htk-fedmeoperation-opfoelgning',
    name: 'Opfølgning efter fedmeoperation',
    shortDescription: 'Kost, træning og samtaler efter gastric bypass eller sleeve-operation.',
    description:
      'Borgere, der har fået foretaget en fedmeoperation (gastric bypass eller gastric sleeve), tilbydes et opfølgningsforløb med diætist og fysioterapeut i det første år efter operationen. Forløbet omhandler små måltider, vitamintilskud, dumping, træning og de psykologiske forandringer efter et stort vægttab.',
    targetGroups: ['voksne'],
    needCategories: ['Diætbehandling', 'Opfølgning'],
    minAge: 18,
    accessRoutes: GP,
  }),
  offer({
    key: 'vallensbaek-billig-sund-mad',
    name: 'Sund mad for få penge',
    shortDescription: 'Workshop om at handle ind og lave sund mad på et stramt budget.',
    description: 'Tre aftener om madplaner, tilbud, rester og madpakker. Vi laver mad sammen.',
    targetGroups: ['voksne', 'familier'],
    needCategories: COOKING,
  }),
  offer({
    key: 'ishoj-madklub-aeldre',
    name: 'Madklub for seniorer',
    shortDescription: 'Lav mad og spis sammen med andre seniorer en gang om ugen.',
    description:
      'Bor du alene og savner nogen at lave mad og spise med? I Madklubben laver vi en ret sammen, dækker bord og hygger os. Det koster 40 kr. pr. gang til råvarer.',
    targetGroups: ['ældre', 'seniorer'],
    needCategories: [...COOKING, 'sociale-relationer'],
    minAge: 60,
    costKr: 40,
    costDescription: '40 kr. pr. gang.',
  }),
  offer({
    key: 'albertslund-madskole-boern',
    name: 'Madskole for børn i sommerferien',
    shortDescription: 'En uge i sommerferien, hvor børn 10–13 år laver mad og lærer om råvarer.',
    description:
      'Tilbuddet henvender sig til børn i alderen 10–13 år. Børnene laver morgenmad og frokost, besøger en gård og lærer om grøntsager, brød og madspild. Forældrene inviteres til fællesspisning den sidste dag.',
    targetGroups: ['børn'],
    needCategories: COOKING,
    minAge: 10,
    maxAge: 13,
    costKr: 100,
    costDescription: '100 kr. for ugen.',
  }),
  offer({
    key: 'broendby-glutenallergi',
    name: 'Kostvejledning ved fødevareallergi hos børn',
    shortDescription: 'Diætist hjælper familier med børn med mælkeallergi, nøddeallergi eller cøliaki.',
    description:
      'Målgruppe: familier med børn med diagnosticeret fødevareallergi eller cøliaki. Indhold: samtale med diætist, madplaner, erstatningsprodukter, madpakker og børnefødselsdage. Henvisning fra læge.',
    targetGroups: ['børn', 'familier'],
    needCategories: ['Diætbehandling'],
    maxAge: 17,
    formats: ['individuel'],
    accessRoutes: GP,
  }),

  // ---------------------------------------------------------------------------------------------
  // Sexual health and the body in adult life.
  offer({
    key: 'htk-seksualitet-kronisk-sygdom',
    name: 'Samtaler om seksualitet og sygdom',
    shortDescription: 'Sexologisk rådgivning ved rejsningsproblemer, nedsat lyst eller smerter efter sygdom.',
    description:
      'Sundhedscentrets sexologisk uddannede sygeplejerske tilbyder samtaler til borgere og par, hvis seksualliv påvirkes af kronisk sygdom, kræftbehandling, medicin eller hjertesygdom, fx rejsningsproblemer, tørhed, smerter ved samleje eller nedsat lyst.',
    targetGroups: ['voksne', 'par', 'borgere med kronisk sygdom'],
    needCategories: ['Afklarende samtale', 'Sygdomshåndtering'],
    minAge: 18,
    formats: ['individuel'],
  }),
  offer({
    key: 'ishoj-overgangsalder',
    name: 'Overgangsalderen – aftenmøder for kvinder',
    shortDescription: 'Viden og snak om hedeture, søvn, humør og knogler i overgangsalderen.',
    description:
      'Er du i overgangsalderen og har hedeture, sover dårligt eller er du mere irritabel end før? Kom til tre aftener med en sygeplejerske og en gynækolog, hvor vi taler om hormoner, søvn, vægt, bækkenbund og knogleskørhed.',
    targetGroups: ['kvinder'],
    needCategories: ['søvn', 'Afklarende samtale'],
    minAge: 40,
  }),
  offer({
    key: 'albertslund-praevention',
    name: 'Præventionsrådgivning',
    shortDescription: 'Rådgivning om prævention og fortrydelsespiller for unge og voksne.',
    description:
      'Sundhedsplejen tilbyder rådgivning om prævention, herunder p-piller, spiral, p-stav og kondom, samt om nødprævention. Rådgivningen er fortrolig og kan også foregå på engelsk.',
    targetGroups: ['unge', 'voksne'],
    needCategories: ['Afklarende samtale'],
    minAge: 15,
    languages: ['da', 'en'],
    formats: ['individuel'],
  }),
  offer({
    key: 'broendby-ufrivillig-barnloes',
    name: 'Samtalegruppe ved ufrivillig barnløshed',
    shortDescription: 'For par og enlige i fertilitetsbehandling eller med et uopfyldt ønske om børn.',
    description:
      'Målgruppe: voksne, der har prøvet længe at få børn, er i fertilitetsbehandling eller har haft aborter. Indhold: seks møder med psykolog, sorg, parforhold, at tale med familie og venner.',
    targetGroups: ['voksne', 'par'],
    needCategories: ['Mental håndtering'],
    minAge: 18,
  }),
  offer({
    key: 'vallensbaek-parforhold',
    name: 'Parforholdskursus',
    shortDescription: 'Kursus for par med små børn, der vil styrke parforholdet.',
    description: 'Tre aftener om kommunikation, konflikter og hverdagen som forældre. Børnepasning kan aftales.',
    targetGroups: ['par', 'forældre'],
    needCategories: SOCIAL,
    costKr: null,
  }),

  // ---------------------------------------------------------------------------------------------
  // Exercise and everyday activity.
  offer({
    key: 'htk-motion-paa-recept',
    name: 'Motionsvejledning – kom i gang med at bevæge dig',
    shortDescription: 'Tre samtaler med en motionsvejleder, der hjælper dig i gang med motion, der passer til dig.',
    description:
      'Motionsvejledningen henvender sig til inaktive voksne med eller i risiko for livsstilssygdom, som har brug for hjælp til at komme i gang med fysisk aktivitet på egen hånd. Motionsvejlederen afdækker motivation og barrierer, tester kondition og introducerer til lokale foreninger og tilbud. Tilbuddet erstatter den tidligere ordning Motion på recept.',
    targetGroups: ['voksne'],
    needCategories: ACTIVE,
    minAge: 18,
    formats: ['individuel'],
    accessRoutes: GP_SELF,
  }),
  offer({
    key: 'ishoj-loebeklub-begyndere',
    name: 'Løb for begyndere',
    shortDescription: 'Fra sofa til 5 km på ti uger – løbehold for nybegyndere.',
    description:
      'Har du aldrig løbet, eller er det mange år siden? På begynderholdet starter vi med at gå og løbe på skift, og efter ti uger kan du løbe 5 km. Holdet er for alle, uanset vægt og alder.',
    targetGroups: ['voksne'],
    needCategories: ACTIVE,
    minAge: 16,
  }),
  offer({
    key: 'albertslund-yoga-seniorer',
    name: 'Stolyoga for seniorer',
    shortDescription: 'Rolig yoga på stol for ældre med nedsat bevægelighed.',
    description:
      'Tilbuddet henvender sig til ældre borgere, som ønsker blid bevægelse, vejrtrækning og afspænding. Øvelserne foregår siddende eller stående med støtte fra stolen og er velegnede for borgere med stive led eller dårlig balance.',
    targetGroups: ['ældre'],
    needCategories: [...ACTIVE, 'Mental håndtering'],
    minAge: 65,
    costKr: 25,
    costDescription: '25 kr. pr. gang.',
    formats: ['hold', 'åbent'],
  }),
  offer({
    key: 'broendby-fodbold-50plus',
    name: 'Fodboldfitness for mænd 50+',
    shortDescription: 'Fodbold uden tacklinger og løb i højt tempo – for mænd over 50.',
    description:
      'Målgruppe: mænd over 50, der vil i form og have et fællesskab. Indhold: opvarmning, teknik og småkampe på kunstgræs, to gange om ugen, også for dig med overvægt eller hjerteproblemer efter aftale med lægen.',
    targetGroups: ['mænd'],
    needCategories: [...ACTIVE, 'sociale-relationer'],
    minAge: 50,
    costKr: 300,
    costDescription: '300 kr. pr. sæson.',
  }),
  offer({
    key: 'vallensbaek-stavgang',
    name: 'Stavgang ved Vallensbæk Sø',
    shortDescription: 'Gå med stave hver tirsdag og torsdag morgen.',
    description: 'Stave kan lånes. Frivillige instruktører.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ACTIVE,
    formats: ['åbent'],
  }),
  offer({
    key: 'htk-motion-psykisk-saarbare',
    name: 'Motion for borgere med psykisk sårbarhed',
    shortDescription: 'Trygt motionsfællesskab for borgere med depression, angst eller skizofreni.',
    description:
      'Tilbuddet kombinerer fysisk træning med socialt samvær og er målrettet borgere, der er tilknyttet socialpsykiatrien eller behandles for psykisk lidelse. Træningen tager hensyn til bivirkninger af medicin, lav energi og angst i nye sammenhænge, og deltagerne kan tage en støtteperson med.',
    targetGroups: ['voksne', 'borgere med psykisk sygdom'],
    needCategories: [...TRAINING, 'sociale-relationer'],
    minAge: 18,
  }),
  offer({
    key: 'ishoj-vandgymnastik-overvaegt',
    name: 'Vandgymnastik for dig med overvægt',
    shortDescription: 'Træning i vand, hvor det er nemmere at bevæge sig – kun voksne med overvægt på holdet.',
    description:
      'Det kan være svært at begynde at træne, når man vejer meget. I vandet vejer du mindre, og det skåner knæ og ryg. Holdet er lukket, så der er kun andre med overvægt, og instruktøren tilpasser alt til dig.',
    targetGroups: ['voksne'],
    needCategories: TRAINING,
    minAge: 18,
    costKr: 300,
    costDescription: '300 kr. for 12 gange.',
  }),
  offer({
    key: 'albertslund-fritidspas',
    name: 'Fritidspas',
    shortDescription: 'Tilskud til kontingent i en forening for børn og unge fra familier med lav indkomst.',
    description:
      'Børn og unge mellem 6 og 17 år, hvis familie har en lav indkomst eller er i en vanskelig situation, kan få betalt kontingentet til en fritidsaktivitet, fx fodbold, spejder, svømning eller musikskole. En fritidsvejleder hjælper med at finde en forening.',
    targetGroups: ['børn', 'unge', 'familier'],
    needCategories: ['sociale-relationer', 'motion'],
    minAge: 6,
    maxAge: 17,
    formats: ['individuel'],
  }),
  offer({
    key: 'broendby-padel-seniorer',
    name: 'Padel for seniorer',
    shortDescription: 'Prøv padeltennis – en nem ketsjersport for seniorer.',
    description:
      'Målgruppe: seniorer 60+. Indhold: introduktion til padel, låneketsjere, spil i doubler. Egenbetaling for banen.',
    targetGroups: ['seniorer'],
    needCategories: ACTIVE,
    minAge: 60,
    costKr: 50,
    costDescription: '50 kr. pr. gang.',
  }),
  offer({
    key: 'htk-lungekor',
    name: 'Lungekor',
    shortDescription: 'Sang og vejrtrækningsøvelser for borgere med KOL, astma eller anden lungesygdom.',
    description:
      'Lungekoret er et tilbud til borgere med kronisk lungesygdom, der ønsker at styrke vejrtrækningen gennem sang. Korlederen arbejder med vejrtrækningsteknik, holdning og stemme, og deltagerne oplever mindre åndenød og et godt fællesskab. Korsang erstatter ikke KOL-rehabilitering.',
    targetGroups: ['voksne', 'ældre', 'borgere med kronisk sygdom'],
    needCategories: ['sociale-relationer', 'Sygdomshåndtering'],
    formats: ['hold', 'åbent'],
  }),
  offer({
    key: 'ishoj-maends-moedested',
    name: 'Mændenes Mødested',
    shortDescription: 'Et værested for mænd, der savner kammerater – værksted, kaffe og fællesspisning.',
    description:
      'Mændenes Mødested er for mænd i alle aldre, som savner nogen at snakke med. Vi har værksted, laver mad sammen, spiller billard og tager på ture. Der er ingen krav – du kommer, når du har lyst.',
    targetGroups: ['mænd'],
    needCategories: SOCIAL,
    minAge: 18,
    formats: ['åbent'],
  }),
  offer({
    key: 'albertslund-kortspil-seniorer',
    name: 'Kortspil og brætspil i Seniorhuset',
    shortDescription: 'Whist, bridge, skak og ludo hver eftermiddag i Seniorhuset.',
    description:
      'Seniorhuset inviterer til hyggeligt samvær over kortspil og brætspil. Der spilles whist, bridge, canasta, skak og ludo, og nye spillere bliver lært op. Der spilles ikke om penge.',
    targetGroups: ['ældre', 'seniorer'],
    needCategories: SOCIAL,
    minAge: 60,
    costKr: 10,
    costDescription: '10 kr. for kaffe.',
    formats: ['åbent'],
  }),

  // ---------------------------------------------------------------------------------------------
  // Health checks, home care, end of life and other municipal services.
  offer({
    key: 'broendby-sundhedstjek',
    name: 'Sundhedstjek for voksne 30–60 år',
    shortDescription: 'Gratis måling af blodtryk, kolesterol, blodsukker og kondition og en sundhedssamtale.',
    description:
      'Målgruppe: borgere 30–60 år, der ikke har været hos lægen længe. Indhold: målinger, konditionstest, spørgeskema, samtale om vaner med sundhedskonsulent. Ved høje værdier henvises til egen læge.',
    targetGroups: ['voksne'],
    needCategories: ['Afklarende samtale'],
    minAge: 30,
    maxAge: 60,
    formats: ['individuel'],
  }),
  offer({
    key: 'vallensbaek-sundhedssamtale',
    name: 'Sundhedssamtale',
    shortDescription: 'En samtale om dine vaner og hvad du selv vil ændre.',
    description: 'Sundhedskonsulenten hjælper dig med at finde det rigtige tilbud, fx rygestop, vægttab eller motion.',
    targetGroups: ['voksne'],
    needCategories: ['Afklarende samtale', 'Behovssamtale'],
    minAge: 18,
    formats: ['individuel', 'telefon'],
  }),
  offer({
    key: 'ishoj-praktisk-hjaelp',
    name: 'Praktisk hjælp i hjemmet',
    shortDescription: 'Hjælp til rengøring, tøjvask og indkøb, når du ikke selv kan.',
    description:
      'Kan du ikke klare rengøring, tøjvask eller indkøb på grund af sygdom eller alder, kan du søge om praktisk hjælp. En visitator kommer hjem til dig og taler med dig om, hvad du kan selv, og hvad du skal have hjælp til. Ofte starter vi med et rehabiliteringsforløb.',
    targetGroups: ['ældre', 'borgere med handicap'],
    needCategories: EVERYDAY,
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'albertslund-noedkald',
    name: 'Nødkald',
    shortDescription: 'Alarm om halsen eller håndleddet, så du kan tilkalde hjælp døgnet rundt.',
    description:
      'Borgere, der har brug for at kunne tilkalde hjælp akut, fx efter fald, kan visiteres til et nødkald. Nødkaldet forbindes til hjemmeplejen, som rykker ud døgnet rundt. Nødkaldet kan suppleres med faldalarm.',
    targetGroups: ['ældre'],
    needCategories: EVERYDAY,
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'htk-plejebolig',
    name: 'Ansøgning om plejebolig',
    shortDescription: 'Når det ikke længere er muligt at bo i eget hjem trods hjælp.',
    description:
      'Borgere med et omfattende og varigt behov for pleje og omsorg kan søge om plejebolig efter lov om almene boliger. Visitationen vurderer behovet ud fra funktionsevne, demens og tryghed. Der gælder en plejeboliggaranti på to måneder.',
    targetGroups: ['ældre'],
    needCategories: ['Afklarende samtale'],
    costKr: null,
    formats: ['individuel'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'broendby-palliation',
    name: 'Palliativ indsats i eget hjem',
    shortDescription: 'Lindring og pleje i hjemmet til borgere med livstruende sygdom og deres familie.',
    description:
      'Målgruppe: borgere, der ønsker at være hjemme i den sidste tid. Indhold: palliative sygeplejersker, smertelindring i samarbejde med egen læge, plejeorlov og terminaltilskud, støtte til de pårørende og efterladte.',
    targetGroups: ['voksne', 'ældre', 'pårørende'],
    needCategories: ['Sygdomshåndtering'],
    formats: ['hjemmebesøg'],
    accessRoutes: GP,
  }),
  offer({
    key: 'ishoj-sorgstoette-aeldre',
    name: 'Sorgstøtte – en frivillig at tale med',
    shortDescription: 'Samtaler med en frivillig for ældre, der har mistet deres ægtefælle.',
    description:
      'Har du mistet din mand eller kone, kan det være godt at have en at tale med. En frivillig med uddannelse i sorgstøtte kommer hjem til dig eller går en tur med dig nogle gange. Tilbuddet er fra Ældre Sagen og kommunen.',
    targetGroups: ['ældre', 'efterladte'],
    needCategories: ['sociale-relationer', 'Mental håndtering'],
    minAge: 60,
    formats: ['hjemmebesøg', 'individuel'],
  }),
  offer({
    key: 'albertslund-foerstehjaelp-foraeldre',
    name: 'Førstehjælp for forældre til små børn',
    shortDescription: 'Kursus i førstehjælp til babyer og småbørn: kvælning, feber, forbrændinger.',
    description:
      'Tilbuddet henvender sig til forældre og bedsteforældre til børn under seks år. Kurset omfatter genoplivning af spædbørn, fremmedlegemer i luftvejene, feberkramper, forbrændinger og forgiftninger.',
    targetGroups: ['forældre', 'bedsteforældre'],
    needCategories: ['Færdighedstræning'],
    maxAge: 6,
    costKr: 150,
    costDescription: '150 kr. pr. person.',
  }),
  offer({
    key: 'htk-hjertestarterkursus',
    name: 'Hjertestarterkursus',
    shortDescription: 'Lær hjertelungeredning og at bruge en hjertestarter på to timer.',
    description:
      'Kurset giver borgere og foreninger færdigheder i hjertelungeredning og brug af hjertestarter. Kurset er åbent for alle over 12 år og ledes af instruktører fra Dansk Førstehjælpsråd.',
    targetGroups: ['voksne', 'unge', 'foreninger'],
    needCategories: ['Færdighedstræning'],
    minAge: 12,
  }),
  offer({
    key: 'vallensbaek-skolesundhedspleje',
    name: 'Skolesundhedsplejen',
    shortDescription: 'Sundhedsplejersken på skolen: samtaler, målinger og åben konsultation.',
    description:
      'Indskolings- og udskolingsundersøgelse, vægt og højde, og åben konsultation for elever, der vil snakke.',
    targetGroups: ['børn', 'unge'],
    needCategories: ['Afklarende samtale', 'Opfølgning'],
    minAge: 6,
    maxAge: 16,
    formats: ['individuel', 'åbent'],
  }),
  offer({
    key: 'broendby-boernetandpleje',
    name: 'Den kommunale børne- og ungdomstandpleje',
    shortDescription: 'Gratis tandpleje til alle børn og unge under 22 år.',
    description:
      'Målgruppe: børn og unge 0–21 år. Indhold: regelmæssige undersøgelser, fluor, tandregulering efter vurdering. Akut tandpine: ring om morgenen.',
    targetGroups: ['børn', 'unge'],
    needCategories: ['Opfølgning'],
    maxAge: 21,
    formats: ['individuel'],
  }),
  offer({
    key: 'ishoj-paaroerendecafe',
    name: 'Pårørendecaféen',
    shortDescription: 'For alle, der passer på en syg eller svækket i familien – uanset sygdom.',
    description:
      'Passer du på din mor, din mand eller dit barn, der er syg? I Pårørendecaféen kan du tale med andre pårørende og med en sygeplejerske om det, der fylder: træthed, skyld, økonomi, aflastning og at få tid til dig selv.',
    targetGroups: ['pårørende'],
    needCategories: SOCIAL,
    formats: ['åbent'],
  }),
  offer({
    key: 'albertslund-demens-gaahold',
    name: 'Gåhold for borgere med demens og pårørende',
    shortDescription: 'Faste gåture i naturen for hjemmeboende med demens sammen med en pårørende.',
    description:
      'Tilbuddet henvender sig til hjemmeboende borgere med demens og deres pårørende. Gåturen varer en time i et roligt tempo og afsluttes med kaffe. Turen ledes af en demensvenlig frivillig og en aktivitetsmedarbejder.',
    targetGroups: ['ældre', 'pårørende'],
    needCategories: [...ACTIVE, 'sociale-relationer'],
    formats: ['åbent'],
  }),
  offer({
    key: 'htk-demens-aktivitet-unge-demente',
    name: 'Aktivitetstilbud for yngre med demens',
    shortDescription: 'Dagtilbud for borgere under 65 år med demens.',
    description:
      'Tilbuddet er målrettet borgere under 65 år med demenssygdom, som ofte stadig er fysisk aktive og har andre behov end ældre med demens. Der tilbydes fysisk aktivitet, værkstedsarbejde, udflugter og samvær med ligestillede, samt rådgivning til ægtefælle og hjemmeboende børn.',
    targetGroups: ['voksne', 'pårørende'],
    needCategories: ['sociale-relationer', 'motion'],
    minAge: 40,
    maxAge: 64,
    accessRoutes: VISIT,
  }),
  offer({
    key: 'broendby-kompressionsstroemper',
    name: 'Sårklinik',
    shortDescription: 'Behandling af sår, der ikke vil hele, fx bensår og diabetiske fodsår.',
    description:
      'Målgruppe: borgere med kroniske sår. Indhold: sårsygeplejerske, kompressionsbehandling, aflastning af fødder, samarbejde med fodterapeut. Henvisning fra læge eller hjemmepleje.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ['Sygdomshåndtering'],
    formats: ['individuel'],
    accessRoutes: GP,
  }),
  offer({
    key: 'vallensbaek-fodterapi',
    name: 'Fodterapi ved diabetes',
    shortDescription: 'Tilskud til fodterapeut for borgere med diabetes og fodproblemer.',
    description: 'Lægen henviser. Fodterapeuten behandler hård hud, negle og tryk og forebygger sår.',
    targetGroups: ['voksne', 'ældre', 'borgere med kronisk sygdom'],
    needCategories: ['Sygdomshåndtering'],
    costKr: null,
    formats: ['individuel'],
    accessRoutes: GP,
  }),
  offer({
    key: 'ishoj-medicinhjaelp',
    name: 'Hjælp til medicin',
    shortDescription: 'Hjemmesygeplejen hjælper med at dosere og huske medicinen.',
    description:
      'Har du svært ved at holde styr på din medicin eller huske at tage den? Hjemmesygeplejen kan dosere medicinen i æsker, bestille dosisdispensering på apoteket og komme forbi og give dig den. Din læge skal være med.',
    targetGroups: ['ældre', 'voksne'],
    needCategories: ['Sygdomshåndtering'],
    formats: ['hjemmebesøg'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'albertslund-tryghed-sygeplejeklinik',
    name: 'Sygeplejeklinikken',
    shortDescription: 'Sygepleje for borgere, der selv kan komme: sårskift, blodprøver, kateter, injektioner.',
    description:
      'Borgere, der kan transportere sig selv, kan få sygepleje i kommunens sygeplejeklinik frem for i hjemmet, fx sårskift, stomipleje, kateterpleje, injektioner og blodtryksmåling. Ydelsen visiteres af hjemmesygeplejen.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ['Sygdomshåndtering'],
    formats: ['individuel'],
    accessRoutes: VISIT,
  }),
  offer({
    key: 'broendby-stomi',
    name: 'Stominetværk',
    shortDescription: 'Netværksmøder for borgere med stomi efter tarmkræft eller tarmsygdom.',
    description:
      'Målgruppe: borgere med colostomi, ileostomi eller urostomi. Indhold: erfaringsudveksling, stomisygeplejerske, leverandører af udstyr.',
    targetGroups: ['voksne', 'ældre', 'kræftramte'],
    needCategories: SOCIAL,
    formats: ['åbent'],
  }),
  offer({
    key: 'htk-ungdomsklub-aften',
    name: 'Aftenklubben – ungdomsklub',
    shortDescription: 'Fritidsklub for unge 14–18 år med værksted, musik, gaming og udflugter.',
    description:
      'Aftenklubben er åben fire aftener om ugen. Der er musikrum, gamingrum, værksted, køkken og ture. Klubbens pædagoger er til at snakke med, og klubben samarbejder med SSP om unge, der er på vej ud i kriminalitet.',
    targetGroups: ['unge'],
    needCategories: SOCIAL,
    minAge: 14,
    maxAge: 18,
    costKr: 0,
    formats: ['åbent'],
  }),
];

/** The catalogue's offers by key; throws on duplicate keys or names (all are loaded into one municipality). */
export function catalogueByKey(): Map<string, CatalogueOffer> {
  const byKey = new Map<string, CatalogueOffer>();
  const names = new Set<string>();
  for (const o of catalogue) {
    if (byKey.has(o.key)) throw new Error(`Duplicate offer key ${o.key}`);
    if (names.has(o.name.toLocaleLowerCase('da'))) throw new Error(`Duplicate offer name ${o.name}`);
    byKey.set(o.key, o);
    names.add(o.name.toLocaleLowerCase('da'));
  }
  return byKey;
}
