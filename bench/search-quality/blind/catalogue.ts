// The blind generalisation set (issue 11): a second catalogue, written without looking at the search engine,
// its vocabulary or the main quality set, to measure how the engine generalises to a catalogue and queries
// nobody tuned it to. Four house styles of other Vestegn/Køge Bugt municipalities: Hvidovre ("Formål /
// Målgruppe / Forløb" headings, law references), Rødovre (project names that say little, English
// loanwords, "vi"), Glostrup (terse, abbreviations: KOL, DM2, SEL §, GLP), Greve (long, formal,
// "Indsatsen retter sig mod"). Fictitious offers in the municipalities' manner; prices and ages are
// illustrative catalogue data, not facts about any municipality. Loaded into ONE municipality, so names
// are unique across the list.
import { type Draft, withDefaults } from '../draft';
import type { AccessRouteCode, CatalogueOffer, CatalogueStyle } from '../types';

const styles: Record<string, CatalogueStyle> = {
  hvi: 'hvidovre',
  roe: 'roedovre',
  glo: 'glostrup',
  gre: 'greve',
};

/** An offer in the house style its key names, with the common defaults (draft.ts). */
function offer(d: Draft): CatalogueOffer {
  const style = styles[d.key.split('-')[1] ?? ''];
  if (!d.key.startsWith('blind-') || !style) throw new Error(`Bad blind key ${d.key}`);
  return withDefaults(d, style);
}

const GP: AccessRouteCode[] = ['GP_REFERRAL'];
const GP_OR_SELF: AccessRouteCode[] = ['GP_REFERRAL', 'SELF_REFERRAL'];
const VIS: AccessRouteCode[] = ['VISITATION'];

const offers: CatalogueOffer[] = [
  // ---------- Tobacco and nicotine ----------
  offer({
    key: 'blind-hvi-rygestop-hold',
    name: 'Rygestopforløb for voksne',
    shortDescription: 'Gruppeforløb over 6 mødegange for voksne rygere, der ønsker at blive røgfri.',
    description:
      'Formål: At støtte borgere i at opnå et varigt røgfrit liv. Målgruppe: Borgere over 18 år bosat i kommunen, som ryger cigaretter, cerutter eller pibe. Forløb: 6 mødegange á 1,5 time over 5 uger med en certificeret rygestopinstruktør. Der gives vejledning i brug af nikotinerstatningsprodukter (plaster, tyggegummi, spray), og deltagerne kan få tilskud til nikotinerstatning i de første uger. Tilbuddet er gratis.',
    targetGroups: ['voksne', 'rygere'],
    needCategories: ['rygning', 'Tobaksafvænning'],
    minAge: 18,
  }),
  offer({
    key: 'blind-roe-smokefree-youth',
    name: 'Smokefree Youth',
    shortDescription: 'For dig på 15–25 der vil droppe smøger, snus, vape eller nikotinposer.',
    description:
      'Vi hjælper unge med at kvitte nikotin – uanset om det er cigaretter, e-cigaretter, snus eller nikotinposer (pouches). Du får en fast coach, og I mødes face-to-face eller på chat. Vi bruger motiverende samtale og en app, hvor du kan tracke din progress. 100 % gratis og uden forældre.',
    targetGroups: ['unge'],
    needCategories: ['rygning', 'Nikotin- og tobaksafvænning'],
    minAge: 15,
    maxAge: 25,
    formats: ['individuel', 'online'],
  }),
  offer({
    key: 'blind-glo-rygestop-gravide',
    name: 'Tobaksafvænning – gravide og partnere',
    shortDescription: 'Indiv. rygestop for gravide, ammende og partner. Henv. fra jordemoder el. egen henv.',
    description:
      'Målgr.: gravide og ammende rygere samt partner/husstand. Indhold: 4–6 indiv. samtaler i Sundhedscentret, CO-måling, råd om nikotinerstatning i graviditeten. Koordineres med jordemoder og sundhedspleje. Gratis.',
    targetGroups: ['gravide', 'ammende', 'partnere'],
    needCategories: ['Tobaksafvænning'],
    formats: ['individuel'],
    accessRoutes: ['SELF_REFERRAL', 'GP_REFERRAL'],
  }),
  offer({
    key: 'blind-gre-rygestop-psykisk-saarbare',
    name: 'Røgfri hverdag – rygestop for borgere med psykiske vanskeligheder',
    shortDescription: 'Tilpasset rygestopforløb i mindre hold for borgere med psykisk sygdom.',
    description:
      'Indsatsen retter sig mod borgere, der har en psykisk lidelse, f.eks. skizofreni, bipolar lidelse eller svær depression, og som ønsker at stoppe med at ryge. Forløbet tilrettelægges i et roligere tempo end det almindelige rygestopforløb, i hold på højst 6 deltagere, og kan foregå på bostedet eller i Sundhedshuset. Der samarbejdes med socialpsykiatrien og borgerens kontaktperson.',
    targetGroups: ['voksne med psykisk sygdom'],
    needCategories: ['rygning', 'Tobaksafvænning'],
    minAge: 18,
    accessRoutes: ['SELF_REFERRAL', 'VISITATION'],
  }),
  offer({
    key: 'blind-hvi-rygestop-telefon',
    name: 'Individuel rygestoprådgivning',
    shortDescription: 'Personlig rygestopsamtale på telefon eller i Sundhedscentret.',
    description:
      'Formål: Rygestop for borgere, der ikke kan deltage i et hold, f.eks. pga. skiftende arbejdstider. Forløb: op til 5 individuelle samtaler, telefonisk eller fremmøde, med rygestoprådgiver. Der kan tales tyrkisk og arabisk med tolk.',
    targetGroups: ['voksne', 'rygere'],
    needCategories: ['rygning', 'Tobaksafvænning'],
    minAge: 18,
    formats: ['individuel', 'telefon'],
    interpreter: true,
  }),

  // ---------- Alcohol, drugs, gambling, gaming, medicine ----------
  offer({
    key: 'blind-hvi-alkoholbehandling',
    name: 'Alkoholbehandling (sundhedslovens § 141)',
    shortDescription: 'Gratis og anonym ambulant behandling for borgere med et alkoholforbrug, der giver problemer.',
    description:
      'Formål: Behandling af alkoholafhængighed og skadeligt alkoholforbrug. Målgruppe: Borgere over 18 år. Forløb: Samtalebehandling individuelt eller i gruppe, evt. medicinsk behandling (Antabus, abstinensbehandling) ved læge tilknyttet behandlingsstedet. Behandlingsgaranti: Opstart senest 14 dage efter henvendelse. Du kan være anonym. Aften- og morgentider mulige, så det kan passe med arbejde.',
    targetGroups: ['voksne'],
    needCategories: ['alkohol', 'Samtale om alkohol'],
    minAge: 18,
    formats: ['individuel', 'hold'],
  }),
  offer({
    key: 'blind-roe-paaroerende-alkohol',
    name: 'Sammen videre',
    shortDescription: 'Gruppe for voksne pårørende til en, der drikker for meget.',
    description:
      'Lever du tæt på én, der drikker – en partner, en forælder, et voksent barn? I "Sammen videre" mødes vi hver anden tirsdag og taler om skyld, skam, at sætte grænser og om at passe på sig selv. Gruppen ledes af en alkoholbehandler. Du behøver ikke sige, hvem du er pårørende til. Gratis.',
    targetGroups: ['pårørende', 'voksne'],
    needCategories: ['alkohol', 'sociale-relationer'],
    minAge: 18,
  }),
  offer({
    key: 'blind-gre-boerngruppe-misbrug',
    name: 'Børnegruppen Fyrtårnet',
    shortDescription: 'Gruppeforløb for børn og unge, der vokser op i en familie med alkohol- eller stofproblemer.',
    description:
      'Indsatsen retter sig mod børn og unge i alderen 8–17 år, hvor en forælder eller et andet familiemedlem har et problematisk forbrug af alkohol eller andre rusmidler. Gennem leg, samtale og kreative aktiviteter får børnene sprog for deres oplevelser og mødes med andre i samme situation. Der afholdes en forældresamtale inden opstart. Tilbuddet gives efter barnets lov og er gratis.',
    targetGroups: ['børn', 'unge', 'pårørende'],
    needCategories: ['alkohol', 'sociale-relationer', 'Mental håndtering'],
    minAge: 8,
    maxAge: 17,
  }),
  offer({
    key: 'blind-roe-ung-rusmidler',
    name: 'U-turn Rødovre',
    shortDescription: 'Rådgivning og behandling for unge under 25 med forbrug af hash, kokain eller andre stoffer.',
    description:
      'U-turn er for dig mellem 13 og 24, der ryger joints, tager party drugs, kokain eller bare er i tvivl om dit forbrug. Vi tilbyder samtaler, gruppe og aktiviteter, og vi kan også tale med dine forældre. Det er gratis, og vi har tavshedspligt. Walk-in mandag 15–18.',
    targetGroups: ['unge'],
    needCategories: ['Afklarende samtale', 'Mental håndtering'],
    minAge: 13,
    maxAge: 24,
    formats: ['individuel', 'hold', 'åbent'],
  }),
  offer({
    key: 'blind-gre-stofbehandling',
    name: 'Ambulant stofmisbrugsbehandling for voksne (SEL § 101)',
    shortDescription: 'Social behandling af stofmisbrug for borgere over 18 år.',
    description:
      'Indsatsen retter sig mod borgere over 18 år med et misbrug af euforiserende stoffer, herunder cannabis, kokain, amfetamin og opioider. Behandlingen omfatter visitationssamtale, udarbejdelse af behandlingsplan, individuelle og gruppebaserede samtaler samt eventuel lægelig substitutionsbehandling (metadon, buprenorphin) efter sundhedslovens § 142. Behandlingen skal iværksættes senest 14 dage efter henvendelse.',
    targetGroups: ['voksne'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['individuel', 'hold'],
    accessRoutes: ['SELF_REFERRAL', 'VISITATION'],
  }),
  offer({
    key: 'blind-hvi-ludomani',
    name: 'Rådgivning ved ludomani og problematisk pengespil',
    shortDescription: 'Samtaler for spilleafhængige og deres pårørende.',
    description:
      'Formål: At hjælpe borgere, der har mistet kontrollen over pengespil – f.eks. online casino, sportsbetting, skrabelodder eller spilleautomater. Målgruppe: Borgere over 18 år og deres pårørende. Forløb: Individuelle samtaler efter kognitiv metode samt hjælp til at spærre sig på ROFUS og lægge en plan for økonomien i samarbejde med gældsrådgivningen. Gratis og anonymt.',
    targetGroups: ['voksne', 'pårørende'],
    needCategories: ['Afklarende samtale', 'Mental håndtering'],
    minAge: 18,
    formats: ['individuel'],
  }),
  offer({
    key: 'blind-roe-gaming',
    name: 'Game On/Off',
    shortDescription: 'For unge og familier, hvor gaming fylder for meget.',
    description:
      'Spiller dit barn Fortnite til kl. 3 om natten, eller dropper din teenager skolen for at game? Game On/Off er et forløb for unge 12–18 og deres forældre med fokus på balance mellem skærm, søvn, skole og venner. Vi mødes 5 gange i ungdomsklubben. Gratis.',
    targetGroups: ['unge', 'forældre'],
    needCategories: ['søvn', 'sociale-relationer'],
    minAge: 12,
    maxAge: 18,
  }),
  offer({
    key: 'blind-glo-medicinafhaengighed',
    name: 'Nedtrapning af afhængighedsskabende medicin',
    shortDescription: 'Støtte til nedtrapning af benzodiazepiner, sovemedicin og opioider i samarbejde m. egen læge.',
    description:
      'Målgr.: borgere m. langvarigt forbrug af benzodiazepiner (fx Stesolid, Oxapax), z-hypnotika (Imovane, Zolpidem) el. opioider (Tramadol, Oxycodon). Indhold: nedtrapningsplan aftalt m. egen læge, støttesamtaler hver 14. dag, søvnhygiejne og håndtering af abstinenser. Henv. via egen læge.',
    targetGroups: ['voksne'],
    needCategories: ['søvn', 'Sygdomshåndtering'],
    minAge: 18,
    formats: ['individuel'],
    accessRoutes: GP,
  }),

  // ---------- Mental health ----------
  offer({
    key: 'blind-hvi-stresshaandtering',
    name: 'Stresshåndtering – 8-ugers mindfulnessforløb',
    shortDescription: 'Hold for voksne med symptomer på stress, baseret på MBSR.',
    description:
      'Formål: At give deltagerne redskaber til at håndtere stress og belastning i hverdagen. Målgruppe: Voksne med stresssymptomer som søvnproblemer, hukommelses- og koncentrationsbesvær, uro og udmattelse, der er i job eller sygemeldte. Forløb: 8 mødegange á 2,5 time med mindfulness, kropsscanning og refleksion samt hjemmeøvelser. Egenbetaling: 300 kr. for materialer.',
    targetGroups: ['voksne'],
    needCategories: ['stress', 'Mental håndtering'],
    minAge: 18,
    costKr: 300,
    costDescription: '300 kr. for materialer',
  }),
  offer({
    key: 'blind-roe-balance',
    name: 'Balance',
    shortDescription: 'Jobcenterets forløb for sygemeldte med stress, angst eller depression.',
    description:
      'Balance er for dig, der modtager sygedagpenge eller er i ressourceforløb og er sygemeldt med stress, angst eller let til moderat depression. Du får en mentor, psykologsamtaler og et hold med fysisk aktivitet og psykoedukation, og vi laver sammen en plan for din tilbagevenden til arbejdsmarkedet. Henvisning via din sagsbehandler i jobcentret.',
    targetGroups: ['sygemeldte', 'ledige'],
    needCategories: ['stress', 'Mental håndtering', 'Fysisk træning'],
    minAge: 18,
    maxAge: 67,
    formats: ['individuel', 'hold'],
    accessRoutes: VIS,
  }),
  offer({
    key: 'blind-glo-angst-kursus',
    name: 'Kursus: Håndtering af angst og bekymringer',
    shortDescription: 'KAT-baseret hold for voksne m. angst, panikanfald el. generaliseret angst.',
    description:
      'Målgr.: voksne 18+ m. let til moderat angst (panikangst, socialfobi, GAD). Indhold: 7 gange á 2 t. – psykoedukation, kognitive teknikker, eksponering, vejrtrækning. Ledes af psykolog. Ikke for borgere i akut krise – kontakt da egen læge / psykiatrisk akutmodtagelse.',
    targetGroups: ['voksne'],
    needCategories: ['Mental håndtering', 'stress'],
    minAge: 18,
  }),
  offer({
    key: 'blind-gre-ltad',
    name: 'Lær at tackle angst og depression',
    shortDescription: 'Kursus for voksne, der lever med symptomer på angst eller depression.',
    description:
      'Indsatsen retter sig mod borgere over 18 år, der oplever symptomer på angst og/eller depression, med eller uden diagnose. Kurset strækker sig over 8 uger à 2,5 time og ledes af to instruktører, som selv har erfaring med psykisk sårbarhed. Der arbejdes med handleplaner, problemløsning, tankemønstre, søvn og kommunikation med omgivelserne. Pårørende er velkomne som deltagere.',
    targetGroups: ['voksne', 'pårørende'],
    needCategories: ['Mental håndtering', 'Sygdomshåndtering'],
    minAge: 18,
  }),
  offer({
    key: 'blind-hvi-moedestedet',
    name: 'Mødestedet',
    shortDescription: 'Åben café for alle, der savner nogen at tale med.',
    description:
      'Formål: At skabe et uforpligtende fællesskab for borgere, der føler sig alene. Målgruppe: Alle voksne. Form: Åben café tirsdag og torsdag kl. 10–14 med kaffe, spil, avis og fælles frokost (20 kr.). Drives af frivillige i samarbejde med kommunen. Ingen tilmelding.',
    targetGroups: ['voksne'],
    needCategories: ['sociale-relationer'],
    minAge: 18,
    formats: ['åbent'],
    costKr: 20,
    costDescription: 'Frokost 20 kr.; kaffe gratis',
  }),
  offer({
    key: 'blind-roe-connect',
    name: 'Connect',
    shortDescription: 'Fællesskab for unge 16–25, der føler sig alene.',
    description:
      'Føler du dig udenfor, eller har du svært ved at finde nogen at hænge ud med? Connect er et community for unge, hvor vi laver mad, spiller brætspil, går ture og tager på ture. Der er altid en voksen fra kommunen med. Vi mødes onsdag aften. Gratis.',
    targetGroups: ['unge'],
    needCategories: ['sociale-relationer'],
    minAge: 16,
    maxAge: 25,
    formats: ['hold', 'åbent'],
  }),
  offer({
    key: 'blind-glo-selvskade',
    name: 'Rådgivning – unge m. selvskadende adfærd',
    shortDescription: 'Samtaler for unge 13–25 der skader sig selv, og for forældre.',
    description:
      'Målgr.: unge 13–25 m. selvskade (fx snitsår, brænding, slag) og/eller selvmordstanker, samt forældre og fagpersoner. Indhold: op til 10 samtaler m. psykolog, følelsesregulering, handleplan ved krise. Anonymt. Ved akut fare: ring 112.',
    targetGroups: ['unge', 'forældre'],
    needCategories: ['Mental håndtering'],
    minAge: 13,
    maxAge: 25,
    formats: ['individuel'],
  }),
  offer({
    key: 'blind-gre-spiseforstyrrelser',
    name: 'Tidlig indsats ved spiseforstyrrelser',
    shortDescription: 'Rådgivning til unge med anoreksi, bulimi eller BED og til deres forældre.',
    description:
      'Indsatsen retter sig mod unge i alderen 12–25 år med begyndende eller etableret spiseforstyrrelse – anoreksi, bulimi, tvangsoverspisning (BED) eller andre forstyrrede spisemønstre – samt deres forældre og søskende. Der tilbydes individuelle samtaler, familiesamtaler og en forældregruppe. Indsatsen koordineres med egen læge og børne- og ungdomspsykiatrien.',
    targetGroups: ['unge', 'forældre', 'pårørende'],
    needCategories: ['Mental håndtering', 'kost'],
    minAge: 12,
    maxAge: 25,
    formats: ['individuel', 'hold'],
  }),
  offer({
    key: 'blind-hvi-vaerestedet',
    name: 'Værestedet Lyspunktet (SEL § 104)',
    shortDescription: 'Samværs- og aktivitetstilbud for voksne med sindslidelse.',
    description:
      'Formål: At tilbyde et trygt sted med fællesskab og meningsfulde aktiviteter for borgere med psykiske vanskeligheder. Målgruppe: Voksne med sindslidelse, fx skizofreni, bipolar lidelse, svær angst. Indhold: Fællesspisning, værksted, gåtur, udflugter. Åbent alle hverdage. Der kræves ikke visitation. Måltider mod betaling.',
    targetGroups: ['voksne med psykisk sygdom'],
    needCategories: ['sociale-relationer'],
    minAge: 18,
    formats: ['åbent'],
    costKr: null,
  }),
  offer({
    key: 'blind-gre-selvmordsforebyggelse',
    name: 'Efterværn efter selvmordsforsøg',
    shortDescription: 'Samtaleforløb for personer, der har forsøgt selvmord eller har alvorlige selvmordstanker.',
    description:
      'Indsatsen retter sig mod borgere over 12 år, der har forsøgt selvmord eller har alvorlige selvmordstanker, samt deres nærmeste pårørende. Forløbet består af op til 12 samtaler med en psykolog eller psykiatrisk sygeplejerske, påbegyndt så hurtigt som muligt efter henvendelse. Henvisning kan ske fra hospital, egen læge eller ved egen henvendelse.',
    targetGroups: ['unge', 'voksne', 'pårørende'],
    needCategories: ['Mental håndtering'],
    minAge: 12,
    formats: ['individuel'],
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-hvi-paaroerende-psykisk',
    name: 'Pårørendekursus – når en du holder af har en psykisk sygdom',
    shortDescription: 'Kursus for voksne pårørende til mennesker med psykisk sygdom.',
    description:
      'Formål: At styrke pårørende i at passe på sig selv og forstå sygdommen. Målgruppe: Forældre, partnere, søskende og voksne børn af mennesker med fx skizofreni, depression, bipolar lidelse eller personlighedsforstyrrelse. Forløb: 5 aftener med oplæg fra psykiatrien, erfaringsudveksling og netværk.',
    targetGroups: ['pårørende', 'voksne'],
    needCategories: ['Mental håndtering', 'sociale-relationer'],
    minAge: 18,
  }),
  offer({
    key: 'blind-roe-mental-fitness',
    name: 'Mental Fitness',
    shortDescription: 'Workshops om mental sundhed for alle – ABC for mental sundhed.',
    description:
      'Gør noget aktivt, gør noget sammen, gør noget meningsfuldt. I Mental Fitness får du inspiration til at passe på din mentale sundhed i hverdagen – før det går galt. Tre workshops på biblioteket om trivsel, relationer og at finde ro. Drop-in, gratis.',
    targetGroups: ['voksne'],
    needCategories: ['stress', 'sociale-relationer'],
    minAge: 18,
    formats: ['åbent'],
  }),
  offer({
    key: 'blind-gre-ungeraadgivning',
    name: 'Anonym rådgivning for unge og familier (barnets lov § 30)',
    shortDescription: 'Gratis, anonym rådgivning til børn, unge og forældre, der har brug for at tale med nogen.',
    description:
      'Indsatsen retter sig mod børn, unge og familier, som oplever udfordringer i hverdagen, f.eks. konflikter, skoleproblemer, mistrivsel, ensomhed eller bekymring for et barn. Der tilbydes op til 5 samtaler med en familierådgiver eller psykolog uden forudgående visitation og uden at der oprettes en sag.',
    targetGroups: ['børn', 'unge', 'forældre'],
    needCategories: ['Afklarende samtale', 'Mental håndtering'],
    maxAge: 25,
    formats: ['individuel', 'telefon'],
  }),
  offer({
    key: 'blind-roe-adhd-voksne',
    name: 'Styr på hverdagen – voksne med ADHD',
    shortDescription: 'Psykoedukation og strategier for voksne med ADHD/ADD.',
    description:
      'Har du fået en ADHD- eller ADD-diagnose som voksen? På holdet lærer du om diagnosen, og vi arbejder med struktur, planlægning, impulsivitet og søvn. Der er også en aften for partnere. 6 gange, gratis.',
    targetGroups: ['voksne', 'partnere'],
    needCategories: ['Mental håndtering', 'Færdighedstræning'],
    minAge: 18,
  }),

  // ---------- Chronic illness and rehabilitation ----------
  offer({
    key: 'blind-glo-kol-rehab',
    name: 'KOL-rehab',
    shortDescription: 'Rehab.hold for borgere m. KOL: træning, undervisning, inhalationsteknik.',
    description:
      'Målgr.: borgere m. KOL (MRC 2–5). Indhold: 12 uger, træning 2 x ugl. m. fysioterapeut, undervisning v. sygeplejerske, diætist og ergoterapeut (energibesparende teknikker, inhalationsteknik, forværring, rygestop). Henv. fra egen læge el. hospital.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: ['Fysisk træning', 'Sygdomshåndtering'],
    minAge: 18,
    accessRoutes: GP,
  }),
  offer({
    key: 'blind-glo-dm2-skole',
    name: 'DM2-skole',
    shortDescription: 'Patientuddannelse for borgere m. type 2-diabetes.',
    description:
      'Målgr.: nydiagnosticeret el. dårligt reguleret DM2. Indhold: 6 moduler – blodsukker, HbA1c, medicin, fodterapi, kost (diætist), motion, senkomplikationer. Pårørende velkomne. Henv. fra egen læge el. egen tilmelding.',
    targetGroups: ['borgere med kronisk sygdom', 'pårørende'],
    needCategories: ['Sygdomshåndtering', 'Kostvejledning'],
    minAge: 18,
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-hvi-hjerterehabilitering',
    name: 'Hjerterehabilitering fase II',
    shortDescription: 'Træning og undervisning efter blodprop i hjertet, ballonudvidelse eller hjertesvigt.',
    description:
      'Formål: At styrke den fysiske kapacitet og livskvaliteten efter hjertesygdom. Målgruppe: Borgere med iskæmisk hjertesygdom (efter AMI, PCI, CABG), hjertesvigt eller atrieflimren, henvist fra hospitalet. Forløb: 8–12 ugers holdtræning 2 gange om ugen, undervisning i medicin, kost, rygning og reaktioner efter hjertesygdom. Pårørende er velkomne til undervisningen.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: ['Fysisk træning', 'Sygdomshåndtering'],
    minAge: 18,
    accessRoutes: GP,
  }),
  offer({
    key: 'blind-roe-kraeftrehab',
    name: 'Livet efter kræft',
    shortDescription: 'Rehabilitering under og efter kræftbehandling: træning, fatigue og senfølger.',
    description:
      'Har du eller har du haft kræft? Vi tilbyder individuelt tilpasset træning, et hold om fatigue (træthed) og senfølger som smerter, neuropati og koncentrationsbesvær, samt samtaler med en kræftsygeplejerske om at vende tilbage til arbejde og hverdag. Du kan starte allerede under kemo eller stråleterapi. Henvisning via genoptræningsplan eller egen henvendelse.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: ['Fysisk træning', 'Sygdomshåndtering'],
    minAge: 18,
    formats: ['hold', 'individuel'],
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-gre-smerter',
    name: 'Lær at leve med langvarige smerter',
    shortDescription: 'Kursus i smertehåndtering for voksne med smerter i mere end 3 måneder.',
    description:
      'Indsatsen retter sig mod borgere med langvarige (kroniske) smerter, f.eks. ryg- og nakkesmerter, fibromyalgi, whiplash eller smerter efter operation. Kurset varer 6 uger à 2,5 time og giver redskaber til pacing, afspænding, aktivitetsplanlægning og håndtering af smerteudbrud. Kurset er ikke behandling og erstatter ikke smerteklinikken.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: ['Sygdomshåndtering', 'Mental håndtering'],
    minAge: 18,
  }),
  offer({
    key: 'blind-hvi-artrose',
    name: 'Træning og undervisning ved artrose i knæ og hofte',
    shortDescription: 'Forløb efter GLA:D-principper for borgere med artrose.',
    description:
      'Formål: Smertelindring og bedre funktion ved artrose. Målgruppe: Borgere med artrose i knæ eller hofte, diagnosticeret af læge. Forløb: 2 undervisningsgange og 12 træningsgange (neuromuskulær træning) med fysioterapeut. Egenbetaling 0 kr. ved henvisning fra læge.',
    targetGroups: ['voksne'],
    needCategories: ['Fysisk træning', 'Sygdomshåndtering'],
    minAge: 18,
    accessRoutes: GP,
  }),
  offer({
    key: 'blind-gre-genoptraening-sel86',
    name: 'Vedligeholdelsestræning og genoptræning efter serviceloven § 86',
    shortDescription: 'Træning for borgere, der har fået nedsat funktionsevne uden hospitalsindlæggelse.',
    description:
      'Indsatsen retter sig mod borgere, der på grund af sygdom, der ikke behandles i sygehusregi, har fået nedsat fysisk funktionsevne – f.eks. efter en periode med sengeleje, et fald i hjemmet eller en infektion. Træningen foregår individuelt eller på hold i Træningscentret eller i hjemmet og tildeles efter visitation. Formålet er at genvinde eller vedligeholde færdigheder til at klare dagligdagen.',
    targetGroups: ['ældre', 'voksne'],
    needCategories: ['Fysisk træning', 'Færdighedstræning'],
    formats: ['individuel', 'hold', 'hjemmebesøg'],
    accessRoutes: VIS,
  }),
  offer({
    key: 'blind-hvi-genoptraening-sul140',
    name: 'Genoptræning efter udskrivning (sundhedslovens § 140)',
    shortDescription: 'Genoptræning på baggrund af en genoptræningsplan fra hospitalet.',
    description:
      'Formål: Genoptræning efter hospitalsbehandling, f.eks. efter knæ- eller hofteoperation, brud eller indlæggelse. Målgruppe: Borgere med en genoptræningsplan fra sygehuset. Forløb: Individuel træning og holdtræning hos kommunens fysio- og ergoterapeuter. Frit valg af leverandør.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ['Fysisk træning'],
    formats: ['individuel', 'hold'],
    accessRoutes: GP,
  }),
  offer({
    key: 'blind-roe-hjerneskade',
    name: 'Hjerneskadeteamet',
    shortDescription: 'Rehabilitering efter apopleksi og anden erhvervet hjerneskade.',
    description:
      'Vi er et tværfagligt team for voksne, der har fået en erhvervet hjerneskade – fx apopleksi, hjernetraume efter ulykke eller hjernebetændelse. Vi tilbyder neurorehabilitering med træning af balance, gang og arm/hånd, kognitiv træning (hukommelse, opmærksomhed, hjernetræthed), hjælp til at vende tilbage til job og rådgivning af pårørende.',
    targetGroups: ['voksne', 'pårørende'],
    needCategories: ['Fysisk træning', 'Færdighedstræning', 'Sygdomshåndtering'],
    minAge: 18,
    formats: ['individuel', 'hold', 'hjemmebesøg'],
    accessRoutes: ['GP_REFERRAL', 'VISITATION'],
  }),
  offer({
    key: 'blind-gre-afasi',
    name: 'Kommunikationscentret – tale, sprog og stemme',
    shortDescription: 'Specialundervisning for voksne med afasi, dysartri eller stemmevanskeligheder.',
    description:
      'Indsatsen retter sig mod voksne, der har fået vanskeligheder ved at tale, forstå, læse eller skrive som følge af en hjerneskade (afasi), nedsat artikulation (dysartri), eller som har stemmeproblemer, f.eks. ved Parkinsons sygdom. Undervisningen gives efter lov om specialundervisning for voksne af en audiologopæd og foregår individuelt eller i små hold.',
    targetGroups: ['voksne'],
    needCategories: ['Færdighedstræning'],
    minAge: 18,
    formats: ['individuel', 'hold'],
    accessRoutes: VIS,
  }),
  offer({
    key: 'blind-glo-parkinson',
    name: 'Parkinson-træningshold',
    shortDescription: 'Intensiv træning for borgere m. Parkinsons sygdom, let–moderat stadie.',
    description:
      'Målgr.: borgere m. Parkinsons (Hoehn & Yahr 1–3). Indhold: store, hurtige bevægelser, balance, gang, dobbeltopgaver; 2 x ugl. i 10 uger m. fysioterapeut. Vedligeholdende hold derefter mod egenbetaling 150 kr./md.',
    targetGroups: ['borgere med kronisk sygdom'],
    needCategories: ['Fysisk træning'],
    costKr: 0,
    costDescription: 'Første 10 uger gratis; vedligeholdelseshold 150 kr./md.',
    accessRoutes: GP,
  }),
  offer({
    key: 'blind-gre-sklerose',
    name: 'Træning og energiforvaltning ved multipel sklerose',
    shortDescription: 'Hold for borgere med sklerose.',
    description:
      'Indsatsen retter sig mod borgere med multipel sklerose (MS), som oplever træthed, balanceproblemer eller nedsat gangfunktion. Forløbet kombinerer styrke- og balancetræning i varmtvandsbassin med undervisning i energiforvaltning og planlægning af hverdagen. Forløbet er gratis og kræver henvisning fra neurolog eller egen læge.',
    targetGroups: ['borgere med kronisk sygdom'],
    needCategories: ['Fysisk træning', 'Sygdomshåndtering'],
    minAge: 18,
    accessRoutes: GP,
  }),
  offer({
    key: 'blind-hvi-senfoelger-covid',
    name: 'Senfølger efter COVID-19',
    shortDescription: 'Forløb om træthed, hjernetåge og energiforvaltning efter covid.',
    description:
      'Formål: At hjælpe borgere med langvarige senfølger efter COVID-19 til at balancere aktivitet og hvile. Målgruppe: Voksne med symptomer mere end 12 uger efter infektion (long covid), fx udtalt træthed, åndenød, hovedpine, koncentrations- og hukommelsesbesvær. Forløb: 6 gange hold med ergoterapeut og fysioterapeut, pacing og dagbog.',
    targetGroups: ['voksne'],
    needCategories: ['Sygdomshåndtering', 'Færdighedstræning'],
    minAge: 18,
    accessRoutes: GP,
  }),
  offer({
    key: 'blind-glo-llks',
    name: 'Lær at leve med kronisk sygdom (LLKS)',
    shortDescription: 'Patientuddannelse på tværs af diagnoser – 6 x 2,5 t.',
    description:
      'Målgr.: voksne m. en el. flere kroniske sygdomme (fx gigt, hjertesygdom, KOL, diabetes) og pårørende. Indhold: handleplaner, træthed, smerter, medicin, kommunikation m. læge, håndtering af følelser. Ledes af frivillige instruktører m. egen kronisk sygdom.',
    targetGroups: ['borgere med kronisk sygdom', 'pårørende'],
    needCategories: ['Sygdomshåndtering'],
    minAge: 18,
  }),
  offer({
    key: 'blind-gre-vaegt',
    name: 'Vægt og trivsel – forløb for voksne med svær overvægt',
    shortDescription: 'Livsstilsforløb for voksne med BMI over 30.',
    description:
      'Indsatsen retter sig mod voksne med svær overvægt (adipositas, BMI ≥ 30), evt. med følgesygdomme som forhøjet blodtryk eller prædiabetes. Forløbet varer 12 måneder og består af holdtræning, kostvejledning ved klinisk diætist, madlavning og samtaler om vaner og motivation. Der er ikke fokus på slankekure, men på varige ændringer og trivsel. Borgere i behandling med vægttabsmedicin (GLP-1) kan deltage.',
    targetGroups: ['voksne'],
    needCategories: ['kost', 'motion', 'Kostvejledning', 'Fysisk træning'],
    minAge: 18,
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-hvi-sundt-familieliv',
    name: 'Sundt familieliv',
    shortDescription: 'Familieforløb for børn 6–12 år med overvægt og deres forældre.',
    description:
      'Formål: At styrke trivsel, sunde mad- og bevægelsesvaner i familier, hvor et barn har overvægt. Målgruppe: Børn 6–12 år og deres forældre/søskende. Forløb: Familiesamtaler med sundhedsplejerske og diætist, fælles madlavning og familieidræt lørdag formiddag over 6 måneder. Henvisning fra skolesundhedsplejerske eller egen læge.',
    targetGroups: ['børn', 'forældre'],
    needCategories: ['kost', 'motion'],
    minAge: 6,
    maxAge: 12,
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-roe-diaetist',
    name: 'Diætistsamtaler ved sygdom',
    shortDescription: 'Individuel diætbehandling ved fx IBS, cøliaki, nyresygdom eller uplanlagt vægttab.',
    description:
      'Har din læge bedt dig om at ændre din kost på grund af sygdom? Hos vores kliniske diætist kan du få 1–3 samtaler om diætbehandling, fx ved irritabel tarm (IBS, FODMAP), cøliaki, forhøjet kolesterol, nyresygdom eller fødevareallergi. Kræver henvisning fra egen læge.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom'],
    needCategories: ['Diætbehandling'],
    minAge: 18,
    formats: ['individuel'],
    accessRoutes: GP,
  }),
  offer({
    key: 'blind-glo-sundhedssamtale',
    name: 'Sundhedssamtale',
    shortDescription: 'Afklarende samtale m. sundhedskonsulent om vaner, trivsel og muligheder.',
    description:
      'Målgr.: borgere 18+ der vil ændre vaner (KRAMS) el. er i tvivl om, hvilket tilbud der passer. Indhold: 1 samtale à 45 min.: blodtryk, vægt, taljemål, motivation; henvisning videre til relevant forløb. Også for borgere henvist via kommunehenvisning fra egen læge.',
    targetGroups: ['voksne'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['individuel'],
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-hvi-hoereomsorg',
    name: 'Kommunal høreomsorg',
    shortDescription: 'Hjælp til høreapparater: justering, rengøring, nye slanger og batterier.',
    description:
      'Formål: At hjælpe brugere af høreapparater med at få det fulde udbytte af dem. Målgruppe: Borgere med høreapparat fra det offentlige. Indhold: Åben konsultation i Sundhedscentret og på plejecentrene, hvor en høretekniker kan skifte slanger, filtre og domes, og vejlede om hjælpemidler som teleslynge og blinkende dørklokke. Også rådgivning ved tinnitus.',
    targetGroups: ['ældre', 'voksne'],
    needCategories: ['Færdighedstræning'],
    formats: ['åbent', 'hjemmebesøg'],
  }),
  offer({
    key: 'blind-gre-synsraadgivning',
    name: 'Synsrådgivning og optiske hjælpemidler',
    shortDescription: 'Rådgivning til borgere med svagsynethed, fx på grund af AMD eller grøn stær.',
    description:
      'Indsatsen retter sig mod borgere med varigt nedsat syn, f.eks. aldersrelateret makuladegeneration (AMD), glaukom eller diabetisk retinopati. Synskonsulenten afprøver optiske hjælpemidler (lupper, lup-lampe, forstørrelses-TV), vejleder om lys og kontrast i hjemmet og tilbyder ADL-træning, herunder mobility-træning med stok.',
    targetGroups: ['ældre', 'voksne'],
    needCategories: ['Færdighedstræning'],
    formats: ['individuel', 'hjemmebesøg'],
    accessRoutes: ['SELF_REFERRAL', 'VISITATION'],
  }),

  // ---------- Pregnancy and small children ----------
  offer({
    key: 'blind-hvi-sundhedspleje-spaedbarn',
    name: 'Sundhedsplejen – besøg i hjemmet til familier med spædbørn',
    shortDescription: 'Sundhedsplejersken besøger alle nybagte familier i barnets første leveår.',
    description:
      'Formål: At støtte barnets trivsel, udvikling og sundhed og forældrenes trygge start. Målgruppe: Alle familier med børn 0–1 år. Indhold: Etablerings- og barselsbesøg, 2-måneders, 4-måneders og 8-måneders besøg med vejning, måling, amning og ernæring, søvn, gråd og tilknytning. Ekstra besøg efter behov.',
    targetGroups: ['forældre', 'spædbørn'],
    needCategories: ['kost', 'søvn'],
    maxAge: 1,
    formats: ['hjemmebesøg'],
  }),
  offer({
    key: 'blind-roe-efterfoedselsreaktion',
    name: 'Når glæden udebliver',
    shortDescription: 'Samtalegruppe for mødre og fædre med efterfødselsreaktion.',
    description:
      'Mange nybagte forældre oplever at være triste, tomme, angste eller uden overskud efter fødslen. I gruppen møder du andre i samme situation, og en sundhedsplejerske og en psykolog leder samtalerne. Vi tilbyder også særskilte samtaler for partnere. Babyer er velkomne. Screening sker ved sundhedsplejerskens besøg (EPDS), men du kan også selv henvende dig.',
    targetGroups: ['forældre', 'mødre', 'fædre'],
    needCategories: ['Mental håndtering', 'sociale-relationer'],
    formats: ['hold', 'individuel'],
  }),
  offer({
    key: 'blind-glo-ammecafe',
    name: 'Ammecafé',
    shortDescription: 'Åben café for ammende m. sundhedsplejerske – drop-in.',
    description:
      'Målgr.: ammende og gravide. Indhold: hjælp til ammestilling, sår på brystvorter, mælkemængde, brystbetændelse, udmalkning. Sundhedsplejerske til stede. Onsd. 9.30–11.30 i familiehuset. Ingen tilmelding.',
    targetGroups: ['ammende', 'gravide', 'mødre'],
    needCategories: ['kost'],
    formats: ['åbent'],
  }),
  offer({
    key: 'blind-gre-klar-til-familie',
    name: 'Klar til familie – forældreforberedelse',
    shortDescription: 'Kursus for kommende forældre om parforhold og at blive forældre.',
    description:
      'Indsatsen retter sig mod førstegangsforældre fra ca. 20. graviditetsuge og indtil barnet er 3 måneder. Forløbet består af 4 gange før og 2 gange efter fødslen og har fokus på parforholdet, kommunikation, barnets behov og hvordan man fordeler opgaverne. Kurset er et supplement til regionens fødselsforberedelse.',
    targetGroups: ['gravide', 'partnere', 'forældre'],
    needCategories: ['sociale-relationer'],
  }),
  offer({
    key: 'blind-hvi-unge-moedre',
    name: 'Young Moms',
    shortDescription: 'Netværksgruppe for mødre under 25 år.',
    description:
      'Formål: Netværk og støtte til unge mødre. Målgruppe: Gravide og mødre under 25 år med børn op til 3 år. Indhold: Ugentlige møder med sundhedsplejerske og socialrådgiver om barnet, uddannelse, økonomi og bolig. Babysnak og frokost. Gratis.',
    targetGroups: ['unge', 'mødre', 'gravide'],
    needCategories: ['sociale-relationer'],
    minAge: 15,
    maxAge: 25,
  }),
  offer({
    key: 'blind-roe-faedregruppe',
    name: 'Far på banen',
    shortDescription: 'Netværk for nybagte fædre med børn 0–2 år.',
    description:
      'Er du lige blevet far – eller medforælder? Far på banen er for dig med barn mellem 0 og 2 år. Vi mødes i Familiehuset hver anden torsdag efter arbejde og snakker om søvnløse nætter, parforhold, barsel og om at finde sin rolle som far. Tag gerne barnet med.',
    targetGroups: ['fædre', 'forældre'],
    needCategories: ['sociale-relationer'],
  }),
  offer({
    key: 'blind-glo-gravid-saarbar',
    name: 'Familieiværksætter – ekstra støtte i graviditeten',
    shortDescription: 'Tidlig indsats for gravide i en sårbar situation, fx unge, psykisk sårbare, misbrug.',
    description:
      'Målgr.: gravide og familier m. særlige behov (psykisk sårbarhed, tidligere misbrug, vold, manglende netværk). Indhold: sundhedsplejerske fra graviditetsuge 20, ekstra hjemmebesøg, tværfagligt netværksmøde, samarbejde m. Familieambulatoriet. Henv. fra jordemoder, egen læge el. egen henv.',
    targetGroups: ['gravide', 'forældre'],
    needCategories: ['Afklarende samtale', 'sociale-relationer'],
    formats: ['hjemmebesøg', 'individuel'],
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-gre-uro-spaedbarn',
    name: 'Rådgivning om uro, gråd og søvn hos spædbørn',
    shortDescription: 'Konsultation hos sundhedsplejerske for familier med et barn, der græder meget.',
    description:
      'Indsatsen retter sig mod forældre til spædbørn under 6 måneder, der oplever langvarig og utrøstelig gråd (spædbarnskolik), urolig søvn eller problemer med at få barnet til at falde til ro. Sundhedsplejersken ser på barnets mad, søvnrytme og trøst og hjælper forældrene med at håndtere den belastning, et grådfuldt barn kan være.',
    targetGroups: ['forældre', 'spædbørn'],
    needCategories: ['søvn'],
    maxAge: 1,
    formats: ['individuel', 'hjemmebesøg'],
  }),
  offer({
    key: 'blind-hvi-tandpleje',
    name: 'Den kommunale børne- og ungdomstandpleje',
    shortDescription: 'Gratis tandpleje for børn og unge 0–17 år.',
    description:
      'Formål: Forebyggelse og behandling af tandsygdomme hos børn og unge. Målgruppe: Alle børn og unge bosat i kommunen fra 0 til og med 17 år. Indhold: Regelmæssige undersøgelser, fluorbehandling, fyldninger, tandregulering efter vurdering. Man kan vælge privat tandlæge mod egenbetaling.',
    targetGroups: ['børn', 'unge'],
    needCategories: ['kost'],
    maxAge: 17,
    formats: ['individuel'],
  }),
  offer({
    key: 'blind-roe-sprogstart',
    name: 'SprogStart',
    shortDescription: 'Sprogvurdering og sprogstimulering for børn 3–6 år.',
    description:
      'Alle børn får en sprogvurdering omkring 3 år. Har dit barn brug for et ekstra sprogligt skub – fx fordi I taler et andet sprog derhjemme, eller barnet taler sent – tilbyder vi sprogstimulering i dagtilbuddet og et forældrekursus i dialogisk læsning. Vi har materialer på arabisk, tyrkisk, somali og urdu.',
    targetGroups: ['børn', 'forældre', 'tosprogede'],
    needCategories: ['Færdighedstræning'],
    minAge: 3,
    maxAge: 6,
    languages: ['da', 'ar', 'tr', 'so', 'ur'],
  }),
  offer({
    key: 'blind-glo-de-utrolige-aar',
    name: 'De Utrolige År – forældreprogram',
    shortDescription: 'Forældrekursus (14 gange) for forældre til børn 3–8 år m. adfærdsvanskeligheder.',
    description:
      'Målgr.: forældre til børn 3–8 år m. udadreagerende adfærd, trods, raseri, koncentrationsbesvær. Indhold: 14 x 2 t. i grupper, videoeksempler, leg, ros, grænsesætning, rutiner. Børnepasning under møderne. Henv. via PPR, sundhedspleje eller egen henv.',
    targetGroups: ['forældre'],
    needCategories: ['sociale-relationer', 'Færdighedstræning'],
  }),
  offer({
    key: 'blind-gre-skilsmisseboern',
    name: 'Børnegruppe for børn med skilte forældre',
    shortDescription: 'Gruppeforløb for børn 7–12 år, hvis forældre er gået fra hinanden.',
    description:
      'Indsatsen retter sig mod børn i alderen 7–12 år, der oplever forældrenes skilsmisse eller samlivsophævelse. Børnene mødes 8 gange med to familierådgivere og arbejder med følelser, loyalitetskonflikter og to hjem. Der holdes et informationsmøde for forældrene. Tilbuddet er et supplement til Familieretshusets børnesagkyndige rådgivning.',
    targetGroups: ['børn'],
    needCategories: ['sociale-relationer', 'Mental håndtering'],
    minAge: 7,
    maxAge: 12,
  }),
  offer({
    key: 'blind-roe-autisme-foraeldre',
    name: 'Forældrekursus – børn med autisme',
    shortDescription: 'Viden og strategier for forældre til børn og unge med autismespektrumforstyrrelse.',
    description:
      'For forældre til børn 4–16 år med en autismediagnose (ASF, tidligere Aspergers syndrom). Vi taler om struktur, visuel støtte, sensitivitet, nedsmeltninger og samarbejdet med skolen. 5 aftener med psykolog fra PPR. Gratis.',
    targetGroups: ['forældre'],
    needCategories: ['Færdighedstræning', 'sociale-relationer'],
  }),

  // ---------- Older people ----------
  offer({
    key: 'blind-hvi-faldforebyggelse',
    name: 'Faldforebyggelse – udredning og balancetræning',
    shortDescription: 'Faldudredning og balancehold for borgere over 65 år med fald eller faldfrygt.',
    description:
      'Formål: At forebygge fald og faldrelaterede skader. Målgruppe: Borgere over 65 år, der er faldet inden for det seneste år, er bange for at falde eller er usikre på benene. Forløb: Faldudredning ved fysioterapeut (balance, gang, medicin, syn, hjemmet) efterfulgt af 12 ugers balance- og styrketræning på hold. Transport kan bevilges.',
    targetGroups: ['ældre'],
    needCategories: ['Fysisk træning'],
    minAge: 65,
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-roe-seniortraening',
    name: 'Seniorfitness',
    shortDescription: 'Styrke- og konditionstræning i motionscentret for 60+.',
    description:
      'Kom i form i et trygt miljø med andre seniorer. Vores instruktører laver et program til dig med maskiner, cykel og udstrækning. Åbent hverdage 8–12. Pris 150 kr. pr. måned; første gang er gratis.',
    targetGroups: ['ældre', 'seniorer'],
    needCategories: ['motion', 'Fysisk træning'],
    minAge: 60,
    costKr: 150,
    costDescription: '150 kr. pr. måned',
    formats: ['hold', 'åbent'],
  }),
  offer({
    key: 'blind-glo-demens-paaroerende',
    name: 'Pårørendegruppe – demens',
    shortDescription: 'Samtalegruppe for ægtefæller/samlevere til personer m. demens.',
    description:
      'Målgr.: ægtefæller og samlevere til hjemmeboende m. demens (Alzheimers, vaskulær demens, Lewy body). Indhold: 8 møder m. demenskoordinator: viden om sygdommen, ændret adfærd, sorg over tab af partner, aflastningsmuligheder. Derefter selvkørende netværk.',
    targetGroups: ['pårørende', 'ægtefæller'],
    needCategories: ['sociale-relationer', 'Mental håndtering'],
  }),
  offer({
    key: 'blind-gre-demens-daghjem',
    name: 'Daghjemmet Solsikken (SEL § 84 og § 104)',
    shortDescription: 'Dagtilbud med aktiviteter og aflastning for hjemmeboende borgere med demens.',
    description:
      'Indsatsen retter sig mod hjemmeboende borgere med en demenssygdom, som har behov for struktur, aktivitet og socialt samvær i dagtimerne, og hvis pårørende har behov for aflastning. Der tilbydes kørsel, morgenmad og middag, sansestimulerende aktiviteter og gåture. Tildeling sker efter visitation; der betales for kost og kørsel efter gældende takster.',
    targetGroups: ['ældre', 'pårørende'],
    needCategories: ['sociale-relationer', 'Færdighedstræning'],
    costKr: null,
    costDescription: 'Betaling for kost og kørsel efter takstblad',
    formats: ['åbent'],
    accessRoutes: VIS,
  }),
  offer({
    key: 'blind-hvi-demenskoordinator',
    name: 'Demenskoordinator – rådgivning ved hukommelsesproblemer',
    shortDescription: 'Rådgivning ved mistanke om eller nyopdaget demens.',
    description:
      'Formål: Tidlig støtte til borgere med kognitiv svækkelse og deres pårørende. Målgruppe: Borgere med mistanke om demens eller med en demensdiagnose, samt pårørende. Indhold: Hjemmebesøg, hjælp til udredning via egen læge og hukommelsesklinikken, vejledning om hjælpemidler, værgemål og fremtidsfuldmagt.',
    targetGroups: ['ældre', 'pårørende'],
    needCategories: ['Afklarende samtale', 'Sygdomshåndtering'],
    formats: ['hjemmebesøg', 'individuel', 'telefon'],
  }),
  offer({
    key: 'blind-roe-ernaering-aeldre',
    name: 'Mad og mod',
    shortDescription: 'Ernæringsindsats for ældre med uplanlagt vægttab eller dårlig appetit.',
    description:
      'Har du tabt dig uden at ville det, eller har du mistet lysten til mad? En klinisk diætist kommer hjem til dig og laver en ernæringsscreening og en plan med energitæt mad, små måltider og proteindrikke. Vi samarbejder med hjemmeplejen og madservice. For borgere over 65 år.',
    targetGroups: ['ældre'],
    needCategories: ['Diætbehandling', 'kost'],
    minAge: 65,
    formats: ['hjemmebesøg'],
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-glo-madservice',
    name: 'Madservice (SEL § 83)',
    shortDescription: 'Levering af færdigretter til borgere, der ikke selv kan lave mad.',
    description:
      'Målgr.: borgere, der pga. nedsat funktionsevne ikke selv kan tilberede mad. Indhold: kølemad leveret 2 x ugl., valg mellem 3 retter, diætkost mulig. Egenbetaling pr. hovedret efter takstblad. Visiteres af Visitationen.',
    targetGroups: ['ældre', 'borgere med handicap'],
    needCategories: ['kost'],
    costKr: null,
    costDescription: 'Egenbetaling pr. hovedret efter takstblad',
    formats: ['hjemmebesøg'],
    accessRoutes: VIS,
  }),
  offer({
    key: 'blind-gre-besoegsven',
    name: 'Besøgsvenner',
    shortDescription: 'En frivillig kommer på besøg hos ældre, der er alene.',
    description:
      'Indsatsen retter sig mod ældre borgere, der har få eller ingen at være sammen med, f.eks. efter tab af ægtefælle eller nedsat mobilitet. En frivillig besøgsven kommer ca. hver anden uge til en kop kaffe, en gåtur eller en tur i byen. Formidles i samarbejde med Ældre Sagen og Røde Kors.',
    targetGroups: ['ældre'],
    needCategories: ['sociale-relationer'],
    minAge: 65,
    formats: ['hjemmebesøg'],
  }),
  offer({
    key: 'blind-hvi-forebyggende-hjemmebesoeg',
    name: 'Forebyggende hjemmebesøg (SEL § 79 a)',
    shortDescription: 'Samtale i hjemmet om helbred, trivsel og hverdag for ældre fra 70 år.',
    description:
      'Formål: At fremme ældres mulighed for at klare sig selv længst muligt. Målgruppe: Borgere, der fylder 70 og 75 år, alle over 80 år, samt borgere 65–79 år i særlig risiko, fx efter tab af ægtefælle. Indhold: Samtale med en forebyggende medarbejder om helbred, bolig, netværk og aktiviteter i lokalområdet.',
    targetGroups: ['ældre'],
    needCategories: ['Afklarende samtale', 'sociale-relationer'],
    minAge: 65,
    formats: ['hjemmebesøg'],
  }),
  offer({
    key: 'blind-roe-kontinens',
    name: 'Kontinensrådgivning',
    shortDescription: 'Rådgivning om blære- og tarmproblemer, bækkenbundstræning og hjælpemidler.',
    description:
      'Vi hjælper voksne og ældre med urininkontinens, hyppig vandladning, afføringsinkontinens eller tilbagevendende blærebetændelse. En kontinenssygeplejerske udreder problemet med væske-vandladningsskema og vejleder om bækkenbundstræning, toiletvaner og inkontinenshjælpemidler (bleer, bind). Også for mænd efter prostataoperation.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ['Færdighedstræning', 'Sygdomshåndtering'],
    formats: ['individuel', 'hjemmebesøg'],
  }),
  offer({
    key: 'blind-glo-hjaelpemidler',
    name: 'Hjælpemidler og boligindretning (SEL § 112 og § 116)',
    shortDescription: 'Ansøgning om rollator, badebænk, kørestol, toiletforhøjer, ramper.',
    description:
      'Målgr.: borgere m. varigt nedsat funktionsevne. Indhold: udlån af hjælpemidler fra kommunens depot; ergoterapeutisk vurdering i hjemmet; boligændringer (fjernelse af dørtrin, greb ved toilet). Ansøgning via Borgerservice / digital selvbetjening.',
    targetGroups: ['ældre', 'borgere med handicap'],
    needCategories: ['Færdighedstræning'],
    formats: ['hjemmebesøg'],
    accessRoutes: VIS,
  }),
  offer({
    key: 'blind-hvi-stolegymnastik',
    name: 'Motion i ældreklubberne',
    shortDescription: 'Let motion og stolegymnastik i de lokale ældreklubber.',
    description:
      'Formål: Bevægelse og samvær for ældre. Målgruppe: Pensionister og efterlønnere. Indhold: Stolegymnastik, dans, petanque og stavgang ledet af frivillige instruktører fra Ældreidræt. Medlemskab af klubben 100 kr. om året.',
    targetGroups: ['ældre', 'pensionister'],
    needCategories: ['motion', 'sociale-relationer'],
    minAge: 60,
    costKr: 100,
    costDescription: 'Medlemskab 100 kr. om året',
    formats: ['hold', 'åbent'],
  }),
  offer({
    key: 'blind-roe-sorg-aeldre',
    name: 'Alene i eget hjem – for efterladte ægtefæller',
    shortDescription: 'Samtalegruppe for ældre, der har mistet deres partner.',
    description:
      'Har du mistet din mand, kone eller samlever efter mange år sammen? I gruppen mødes du med andre 60+, der har mistet, og vi taler om savn, om at stå alene med hverdagen og om at finde nye fællesskaber. 6 gange med præst og sygeplejerske. Gratis.',
    targetGroups: ['ældre', 'efterladte'],
    needCategories: ['sociale-relationer', 'Mental håndtering'],
    minAge: 60,
  }),

  // ---------- Social: money, housing, work, violence, grief ----------
  offer({
    key: 'blind-glo-gaeldsraadgivning',
    name: 'Økonomi- og gældsrådgivning',
    shortDescription: 'Gratis rådgivning om budget, gæld, inkasso og rykkere.',
    description:
      'Målgr.: borgere m. økonomiske problemer. Indhold: hjælp til budget, overblik over gæld (Skattestyrelsen, SKAT-restancer, kviklån, inkasso), forhandling m. kreditorer, ansøgning om gældssanering. Frivillige rådgivere (jurist, socialrådgiver). Drop-in mandag 16–18 i Borgerservice.',
    targetGroups: ['voksne'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['åbent', 'individuel'],
  }),
  offer({
    key: 'blind-gre-boligsocial',
    name: 'Boligsocial rådgivning – forebyggelse af udsættelser',
    shortDescription: 'Hjælp til lejere, der er i restance med huslejen eller risikerer udsættelse.',
    description:
      'Indsatsen retter sig mod lejere, der har modtaget påkrav om huslejerestance, ophævelse af lejemålet eller meddelelse om udsættelse fra fogedretten. Den boligsociale medarbejder hjælper med at skabe overblik, kontakte udlejer og boligforening, søge om enkeltydelse efter aktivlovens § 81 og finde en midlertidig løsning. Indsatsen sker i samarbejde med Ydelseskontoret.',
    targetGroups: ['voksne', 'familier'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['individuel'],
  }),
  offer({
    key: 'blind-hvi-hjemloeshed',
    name: 'Gadeteam og forsorgshjem (SEL § 110)',
    shortDescription: 'Hjælp til borgere uden fast bolig.',
    description:
      'Formål: At hjælpe hjemløse og borgere i akut boligmangel til en stabil boligsituation. Målgruppe: Borgere over 18 år uden egen bolig eller som sover hos venner (sofasurfere). Indhold: Opsøgende gadeteam, midlertidigt ophold på forsorgshjem (egenbetaling efter bekendtgørelse), Housing First-støtte (CTI, ICM) efter indflytning.',
    targetGroups: ['voksne', 'hjemløse'],
    needCategories: ['Afklarende samtale'],
    minAge: 18,
    formats: ['individuel'],
    costKr: null,
  }),
  offer({
    key: 'blind-roe-fit-for-job',
    name: 'Fit for Job',
    shortDescription: 'Sundhedsforløb for ledige, hvor helbredet står i vejen for job.',
    description:
      'Er du ledig, og gør smerter, overvægt, dårlig søvn eller manglende energi det svært at komme i job? Fit for Job er 12 uger med træning 3 gange om ugen, kostvejledning og en jobkonsulent, der hjælper med praktik. For borgere på kontanthjælp, uddannelseshjælp eller dagpenge, efter aftale med din sagsbehandler.',
    targetGroups: ['ledige'],
    needCategories: ['motion', 'Fysisk træning', 'Kostvejledning'],
    minAge: 18,
    maxAge: 67,
    accessRoutes: VIS,
  }),
  offer({
    key: 'blind-glo-vold-naere-relationer',
    name: 'Rådgivning om vold i nære relationer',
    shortDescription:
      'Samtaler for voksne udsat for fysisk, psykisk, seksuel el. økonomisk vold af partner el. familie.',
    description:
      'Målgr.: voksne udsat for partnervold el. vold fra familiemedlem, inkl. æresrelaterede konflikter og negativ social kontrol. Indhold: krisesamtaler, sikkerhedsplan, hjælp til anmeldelse, kontakt til krisecenter (SEL § 109), juridisk rådgivning. Anonymt. Tolk kan bestilles.',
    targetGroups: ['voksne', 'kvinder', 'mænd'],
    needCategories: ['Afklarende samtale', 'Mental håndtering'],
    minAge: 18,
    formats: ['individuel', 'telefon'],
    interpreter: true,
  }),
  offer({
    key: 'blind-gre-dialog-mod-vold',
    name: 'Behandling for voldsudøvere',
    shortDescription: 'Tilbud til personer, der udøver vold eller er bange for at gøre det.',
    description:
      'Indsatsen retter sig mod voksne, der har været voldelige over for en partner eller deres børn, eller som er bange for at miste kontrollen. Behandlingen består af individuelle samtaler og gruppeforløb med fokus på ansvar, vrede og alternativer til vold. Partneren tilbydes støttesamtaler.',
    targetGroups: ['voksne'],
    needCategories: ['Mental håndtering'],
    minAge: 18,
    formats: ['individuel', 'hold'],
  }),
  offer({
    key: 'blind-hvi-sorggruppe-voksne',
    name: 'Sorggruppe for voksne',
    shortDescription: 'Samtalegruppe for voksne, der har mistet en nærtstående.',
    description:
      'Formål: At give efterladte et fællesskab med andre i sorg. Målgruppe: Voksne over 25 år, der har mistet et nærtstående menneske – partner, forælder, barn eller søskende – inden for de seneste 2 år. Forløb: 8 møder hver anden uge, ledet af en sorgrådgiver. Gruppen er lukket.',
    targetGroups: ['voksne', 'efterladte'],
    needCategories: ['sociale-relationer', 'Mental håndtering'],
    minAge: 25,
  }),
  offer({
    key: 'blind-roe-sorg-boern',
    name: 'Lys i mørket',
    shortDescription: 'Sorggruppe for børn og unge 6–17 år, der har mistet en forælder eller søskende.',
    description:
      'Lys i mørket er for børn og unge, hvor mor, far eller en søster eller bror er død, eller er alvorligt syg. Børnene mødes i aldersopdelte grupper og taler, tegner og mindes. Forældre/omsorgspersoner får en samtale og en aften for sig selv. Gratis.',
    targetGroups: ['børn', 'unge', 'efterladte'],
    needCategories: ['sociale-relationer', 'Mental håndtering'],
    minAge: 6,
    maxAge: 17,
  }),
  offer({
    key: 'blind-gre-paaroerende-kraeft',
    name: 'Støttesamtaler til pårørende til kræftramte',
    shortDescription: 'Samtaler for partnere, forældre og voksne børn af mennesker med kræft.',
    description:
      'Indsatsen retter sig mod voksne pårørende til borgere med en kræftsygdom, både under behandling og i den palliative fase. Der tilbydes op til 5 samtaler med en psykolog eller sygeplejerske om at leve med usikkerhed, praktiske forhold, og hvordan man taler med børnene om sygdommen.',
    targetGroups: ['pårørende', 'voksne'],
    needCategories: ['Mental håndtering'],
    minAge: 18,
    formats: ['individuel'],
  }),
  offer({
    key: 'blind-glo-frivilligcenter',
    name: 'Frivilligcenter Glostrup – find et fællesskab',
    shortDescription: 'Vejledning om foreninger, frivilligt arbejde og lokale fællesskaber.',
    description:
      'Målgr.: alle borgere, der vil i gang m. noget – foreningsliv, frivilligt arbejde, netværk. Indhold: personlig vejledning, foreningsoversigt, "Kom-i-gang"-følgeordning til første gang i en forening. Åbent man–tors 10–15.',
    targetGroups: ['voksne'],
    needCategories: ['sociale-relationer'],
    formats: ['åbent', 'individuel'],
  }),

  // ---------- Refugees, migrants, language ----------
  offer({
    key: 'blind-roe-sundhed-paa-dit-sprog',
    name: 'Sundhed på dit sprog',
    shortDescription: 'Sundhedsformidlere med flere sprog holder temamøder om sundhed og sundhedsvæsenet.',
    description:
      'Vores sundhedsformidlere taler arabisk, somali, tyrkisk, urdu, dari og tigrinya. De holder temamøder i boligområder og foreninger om fx diabetes, mental sundhed, vaccination, kost og om hvordan man bruger egen læge, 1813 og apoteket. Du kan også få en personlig samtale.',
    targetGroups: ['flygtninge', 'indvandrere', 'tosprogede'],
    needCategories: ['Afklarende samtale', 'Sygdomshåndtering'],
    languages: ['da', 'ar', 'so', 'tr', 'ur', 'fa', 'ti'],
    formats: ['hold', 'individuel'],
  }),
  offer({
    key: 'blind-glo-danskuddannelse',
    name: 'Danskuddannelse for voksne udlændinge (DU 1–3)',
    shortDescription: 'Danskundervisning for flygtninge, familiesammenførte og arbejdstagere.',
    description:
      'Målgr.: voksne udlændinge 18+ m. cpr-nr. Indhold: DU1 (kort skolebaggrund) – DU3 (lang skolebaggrund); dag, aften og online; modultest; prøve i dansk. Selvforsørgende betaler depositum 2.000 kr. Henvendelse til sprogcentret.',
    targetGroups: ['flygtninge', 'indvandrere'],
    needCategories: ['Færdighedstræning'],
    minAge: 18,
    costKr: null,
    costDescription: 'Gratis for flygtninge; depositum 2.000 kr. for selvforsørgende',
    formats: ['hold', 'online'],
  }),
  offer({
    key: 'blind-gre-kvindemotion',
    name: 'Motion for kvinder – kvindehold med kvindelig instruktør',
    shortDescription: 'Træning for kvinder i lukket sal, også for kvinder med anden etnisk baggrund.',
    description:
      'Indsatsen retter sig mod kvinder, der gerne vil i gang med at bevæge sig i et trygt miljø uden mænd til stede. Holdet træner i en lukket sal med kvindelig instruktør og tager hensyn til, at mange deltagere ikke har dyrket motion før. Der er børnepasning, og instruktøren taler arabisk og dansk. 50 kr. for et halvt år.',
    targetGroups: ['kvinder', 'indvandrere'],
    needCategories: ['motion', 'Vejledning og introduktion til fysiske aktiviteter'],
    minAge: 18,
    costKr: 50,
    costDescription: '50 kr. pr. halvår',
    languages: ['da', 'ar'],
  }),
  offer({
    key: 'blind-roe-traumer-flygtninge',
    name: 'Ro på – for flygtninge med traumer',
    shortDescription: 'Psykoedukation om traumer, søvn og smerter for flygtninge, på eget sprog.',
    description:
      'Mange flygtninge har mareridt, dårlig søvn, hovedpine og flashbacks efter krig og flugt. "Ro på" er et hold på 8 gange, hvor vi med tolk lærer om, hvordan traumer påvirker krop og sind, og øver afspænding og vejrtrækning. Henvisning til traumebehandling (PTSD) hos regionen ved behov.',
    targetGroups: ['flygtninge'],
    needCategories: ['Mental håndtering', 'søvn'],
    minAge: 18,
    languages: ['ar', 'fa', 'ti', 'uk'],
    interpreter: true,
  }),
  offer({
    key: 'blind-glo-moedrecafe-tosprogede',
    name: 'Mødrecafé – internationale mødre',
    shortDescription: 'Café for tosprogede mødre m. småbørn; sundhedsplejerske deltager.',
    description:
      'Målgr.: mødre m. anden etnisk baggrund end dansk og børn 0–6 år. Indhold: snak om barnets sundhed, mad, søvn, vuggestue og skole; sundhedsplejerske og tolk. Fredag 10–12 i Familiehuset.',
    targetGroups: ['mødre', 'tosprogede', 'indvandrere'],
    needCategories: ['sociale-relationer'],
    languages: ['da', 'ar', 'so', 'ur'],
    formats: ['åbent'],
  }),

  // ---------- Sexual health ----------
  offer({
    key: 'blind-roe-sex-samliv-unge',
    name: 'Sex & Samliv – ungerådgivning',
    shortDescription: 'Anonym rådgivning til unge 13–25 om sex, prævention, kønssygdomme og kærester.',
    description:
      'Har du spørgsmål om p-piller, kondomer, fortrydelsespiller, klamydia, graviditetstest eller om du er klar til sex? Hos os kan du tale med en sundhedsplejerske eller læge – anonymt. Vi har gratis kondomer og kan tage test for klamydia og gonoré. Drop-in torsdag 14–17.',
    targetGroups: ['unge'],
    needCategories: ['Afklarende samtale'],
    minAge: 13,
    maxAge: 25,
    formats: ['åbent', 'individuel'],
  }),
  offer({
    key: 'blind-glo-sexologisk-raadgivning',
    name: 'Sexologisk rådgivning ved kronisk sygdom',
    shortDescription: 'Samtaler om seksuelle problemer efter sygdom, fx erektil dysfunktion el. nedsat lyst.',
    description:
      'Målgr.: voksne m. kronisk sygdom (diabetes, hjertesygdom, kræft, sklerose) og partner. Indhold: 1–3 samtaler m. sexologisk uddannet sygeplejerske om erektil dysfunktion, nedsat lyst, tørhed, smerter ved samleje, hjælpemidler. Henv. fra egen læge el. egen henv.',
    targetGroups: ['voksne', 'borgere med kronisk sygdom', 'partnere'],
    needCategories: ['Sygdomshåndtering'],
    minAge: 18,
    formats: ['individuel'],
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-gre-lgbt-unge',
    name: 'Regnbuegruppen',
    shortDescription: 'Fællesskab for LGBT+ unge 14–24 år.',
    description:
      'Indsatsen retter sig mod unge, der er homo-, bi-, trans-, non-binære eller i tvivl om deres seksualitet eller kønsidentitet. Gruppen mødes hver anden uge i ungdomshuset med to voksne, der selv er en del af LGBT+-miljøet. Der er også mulighed for samtaler om at springe ud over for familien.',
    targetGroups: ['unge'],
    needCategories: ['sociale-relationer'],
    minAge: 14,
    maxAge: 24,
    formats: ['hold', 'åbent'],
  }),

  // ---------- Sleep ----------
  offer({
    key: 'blind-hvi-soevnskole',
    name: 'Søvnskolen',
    shortDescription: 'Hold for voksne med langvarige søvnproblemer (insomni).',
    description:
      'Formål: Bedre søvn uden sovemedicin. Målgruppe: Voksne, der i mere end 3 måneder har haft svært ved at falde i søvn, vågner om natten eller for tidligt. Forløb: 6 gange á 2 timer efter principperne i kognitiv adfærdsterapi for insomni (KAT-I): søvnrestriktion, søvndagbog, stimuluskontrol og afspænding.',
    targetGroups: ['voksne'],
    needCategories: ['søvn', 'Mental håndtering'],
    minAge: 18,
  }),
  offer({
    key: 'blind-glo-soevn-unge',
    name: 'Søvn & skærm – workshop for unge og forældre',
    shortDescription: 'Workshop i skolen om søvn, mobil og døgnrytme for 7.–9. klasse.',
    description:
      'Målgr.: elever i 7.–9. kl. og deres forældre. Indhold: 1 workshop i skoletiden + 1 forældreaften: hvorfor teenagere bliver trætte sent, blåt lys, notifikationer, aftaler om mobil i soveværelset. Bookes af skolen.',
    targetGroups: ['unge', 'forældre'],
    needCategories: ['søvn'],
    minAge: 13,
    maxAge: 16,
  }),

  // ---------- Prevention and activity, near-misses ----------
  offer({
    key: 'blind-roe-kom-i-gang',
    name: 'Kom i gang',
    shortDescription: 'Motionsvejledning: find den aktivitet, der passer til dig.',
    description:
      'Har du ikke rørt dig i årevis og ved ikke, hvor du skal starte? Vores motionsvejleder tager en samtale med dig og finder et hold, en forening eller en gå-gruppe, der passer til din krop og hverdag. Du kan prøve 3 forskellige hold gratis.',
    targetGroups: ['voksne'],
    needCategories: ['motion', 'Vejledning og introduktion til fysiske aktiviteter'],
    minAge: 18,
    formats: ['individuel'],
  }),
  offer({
    key: 'blind-hvi-gaaklub',
    name: 'Gåklubben',
    shortDescription: 'Fælles gåture i roligt tempo hver mandag og onsdag.',
    description:
      'Formål: Bevægelse og fællesskab. Målgruppe: Alle, der vil gå en tur sammen med andre – også med rollator eller barnevogn. Ruterne er 3–5 km. Mødested: Biblioteket kl. 10. Ingen tilmelding.',
    targetGroups: ['voksne', 'ældre'],
    needCategories: ['motion', 'sociale-relationer'],
    formats: ['åbent'],
  }),
  offer({
    key: 'blind-gre-madlavning-maend',
    name: 'Mad for mænd',
    shortDescription: 'Madlavningskursus for mænd over 60, der står alene med husholdningen.',
    description:
      'Indsatsen retter sig mod ældre mænd, der f.eks. efter tab af ægtefælle eller skilsmisse skal til at lave mad selv. På 6 aftener i skolekøkkenet lærer deltagerne at lave enkle, sunde hverdagsretter, handle ind med budget og spise sammen bagefter. Egenbetaling 200 kr. for råvarer.',
    targetGroups: ['ældre', 'mænd'],
    needCategories: ['Madlavning i praksis', 'kost', 'sociale-relationer'],
    minAge: 60,
    costKr: 200,
    costDescription: '200 kr. for råvarer',
  }),
  offer({
    key: 'blind-glo-kostvejledning',
    name: 'Kostvejledning – individuel',
    shortDescription: 'Samtale m. kostvejleder om sunde vaner efter de officielle kostråd.',
    description:
      'Målgr.: voksne 18+ der ønsker at spise sundere, tabe sig lidt el. få styr på måltidsrytmen. Indhold: 2 samtaler à 45 min. m. kostvejleder; kostdagbog; råd om portioner, sukker, snacks. Ikke diætbehandling ved sygdom – se Diætistsamtaler.',
    targetGroups: ['voksne'],
    needCategories: ['kost', 'Kostvejledning'],
    minAge: 18,
    formats: ['individuel'],
  }),
  offer({
    key: 'blind-roe-hjertestarter',
    name: 'Førstehjælp for borgere',
    shortDescription: 'Gratis førstehjælpskursus med hjertelungeredning og hjertestarter.',
    description:
      'Lær at redde liv! På 4 timer lærer du hjertelungeredning (HLR), brug af hjertestarter (AED) og hvad du gør ved fald, brandsår og fremmedlegemer i luftvejene. For alle over 15 år. Gratis, men tilmelding nødvendig.',
    targetGroups: ['voksne', 'unge'],
    needCategories: ['Færdighedstræning'],
    minAge: 15,
  }),
  offer({
    key: 'blind-gre-hjemmehjaelp',
    name: 'Praktisk hjælp og personlig pleje (SEL § 83)',
    shortDescription: 'Hjemmehjælp til rengøring, tøjvask, bad og påklædning efter visitation.',
    description:
      'Indsatsen retter sig mod borgere, der på grund af nedsat fysisk eller psykisk funktionsevne ikke selv kan udføre praktiske opgaver i hjemmet eller personlig pleje. Hjælpen tildeles efter en konkret, individuel vurdering og gives som hverdagsrehabilitering (SEL § 83 a), hvor det er muligt. Der er frit valg mellem kommunal og privat leverandør.',
    targetGroups: ['ældre', 'borgere med handicap'],
    needCategories: ['Færdighedstræning'],
    formats: ['hjemmebesøg'],
    accessRoutes: VIS,
  }),
  offer({
    key: 'blind-hvi-aflastning',
    name: 'Aflastning og afløsning for pårørende (SEL § 84)',
    shortDescription: 'Afløsning i hjemmet eller aflastningsophold, så pårørende kan få en pause.',
    description:
      'Formål: At give ægtefæller og andre pårørende, der passer en syg eller svækket borger, mulighed for hvile og egne aktiviteter. Målgruppe: Pårørende til borgere med demens, hjerneskade eller anden varig funktionsnedsættelse. Indhold: Afløsning i hjemmet op til 15 timer om ugen eller midlertidigt ophold på plejecenter. Visitation.',
    targetGroups: ['pårørende', 'ægtefæller'],
    needCategories: ['sociale-relationer'],
    formats: ['hjemmebesøg'],
    accessRoutes: VIS,
  }),
  offer({
    key: 'blind-roe-unge-pa-kanten',
    name: 'Next Step',
    shortDescription: 'Mentorforløb for unge 15–25, der hverken er i job eller uddannelse.',
    description:
      'Dropped out? Next Step er for unge, der er gået ud af skolen eller uddannelsen og sidder fast derhjemme. En mentor hjælper dig med døgnrytme, motivation og næste skridt – praktik, FGU eller job. Vi mødes, hvor du vil. Tilbuddet sker i samarbejde med UU og jobcentret.',
    targetGroups: ['unge', 'ledige'],
    needCategories: ['Afklarende samtale', 'sociale-relationer'],
    minAge: 15,
    maxAge: 25,
    formats: ['individuel'],
  }),
  offer({
    key: 'blind-gre-kvinder-overgangsalder',
    name: 'Café om overgangsalderen',
    shortDescription: 'Temacafé for kvinder i overgangsalderen (klimakteriet).',
    description:
      'Indsatsen retter sig mod kvinder omkring 45–60 år, der oplever gener i forbindelse med klimakteriet, såsom hedeture, søvnbesvær, humørsvingninger, ledsmerter og nedsat lyst. Cafeen holdes 4 gange om året med oplæg fra en gynækolog og en fysioterapeut og tid til erfaringsudveksling. Gratis, tilmelding.',
    targetGroups: ['kvinder'],
    needCategories: ['Sygdomshåndtering', 'søvn'],
    minAge: 40,
    formats: ['åbent'],
  }),
  offer({
    key: 'blind-glo-hovedpine',
    name: 'Hovedpineskole',
    shortDescription: 'Undervisning for voksne m. hyppig hovedpine el. migræne.',
    description:
      'Målgr.: voksne m. migræne, spændingshovedpine el. medicinoverforbrugshovedpine. Indhold: 3 x 2 t.: hovedpinedagbog, udløsende faktorer, smertestillende medicin og overforbrug, afspænding, nakke-skulder-øvelser.',
    targetGroups: ['voksne'],
    needCategories: ['Sygdomshåndtering'],
    minAge: 18,
    accessRoutes: GP_OR_SELF,
  }),
  offer({
    key: 'blind-hvi-bostoette-psykisk',
    name: 'Socialpædagogisk støtte i eget hjem (SEL § 85)',
    shortDescription: 'Bostøtte til voksne med psykiske eller sociale vanskeligheder.',
    description:
      'Formål: At støtte borgeren i at mestre eget liv og bolig. Målgruppe: Voksne med psykisk sygdom, udviklingshæmning, ADHD/autisme eller misbrug, der har brug for hjælp til struktur, økonomi, post, indkøb og kontakt til myndigheder. Indhold: Fast bostøtte-medarbejder, besøg i hjemmet. Tildeles efter visitation.',
    targetGroups: ['voksne med psykisk sygdom', 'borgere med handicap'],
    needCategories: ['Færdighedstræning'],
    minAge: 18,
    formats: ['hjemmebesøg'],
    accessRoutes: VIS,
  }),
];

/** The blind catalogue by key (keys are unique). */
export function blindCatalogueByKey(): Map<string, CatalogueOffer> {
  const byKey = new Map<string, CatalogueOffer>();
  for (const o of offers) {
    if (byKey.has(o.key)) throw new Error(`Duplicate blind offer key ${o.key}`);
    byKey.set(o.key, o);
  }
  return byKey;
}

export const blindCatalogue: readonly CatalogueOffer[] = offers;
