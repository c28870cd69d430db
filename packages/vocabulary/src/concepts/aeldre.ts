// Old age: seniors, care at home, relatives who care, the end of life.
import { concept as c } from '../define';

export const aeldre = [
  c(
    'aeldre',
    'ældre',
    'ældre|ældre borgere|senior|seniorer|pensionist|pensionister|folkepensionist|oldinge|gamle|gammel|gamle mennesker|de ældre|ældre mennesker|plus 65|seniorliv|otium|mine forældre er gamle|min gamle mor|min gamle far|bedstemor|bedstefar|bedsteforældre|mormor|morfar|farmor|farfar|oldemor|oldefar',
    { broad: true, boost: ['name'] },
  ),
  c(
    'forebyggende-hjemmebesoeg',
    'ældre',
    'forebyggende hjemmebesøg|forebyggende besøg|besøg af kommunen|hjemmebesøg til ældre|tilbud om besøg når man fylder|når man fylder 70|når man fylder 75|80-årige|75-årige|70-årige|forebyggelseskonsulent',
    {},
  ),
  c(
    'hjemmehjaelp',
    'ældre',
    'hjemmehjælp|hjemmehjælper|hjemmehjælpere|hjemmepleje|hjemmeplejen|praktisk hjælp|rengøring|rengøringshjælp|hjælp til rengøring|tøjvask|hjælp til indkøb|indkøbsordning|personlig hjælp|hjælp i hjemmet|hjælp derhjemme|visitation|visiteret|visitator|frit valg|privat leverandør|gøre rent|kan ikke gøre rent|støvsuge|vaske gulv|hjælp til at gøre rent|kan ikke klare huset|klare huset|kan ikke handle ind',
    { fsiii: 'Hjemmehjælp - Praktisk hjælp og støtte' },
  ),
  c(
    'madservice',
    'ældre',
    'madservice|mad udefra|mad til ældre|madordning|mad på hjul|udbringning af mad|færdigretter|madudbringning|varm mad leveret|spisevenner|spiseven|madlevering|levering af mad|mad leveret|få mad leveret|få mad bragt|mad bragt hjem|mad bragt ud|mad til døren|færdigmad',
    { needs: ['Kost'], fsiii: 'Madservice' },
  ),
  c(
    'hjemmesygepleje',
    'ældre',
    'hjemmesygepleje|hjemmesygeplejerske|hjemmesygeplejersken|sygeplejerske|sygeplejeklinik|sygeplejeklinikken|sygepleje|kommunal sygepleje|akutteam|akutsygeplejerske',
    { fsiii: 'Kommunale sygeplejeindsatser' },
  ),
  c(
    'plejehjem',
    'ældre',
    'plejehjem|plejebolig|plejeboliger|plejecenter|plejecentre|ældrebolig|ældreboliger|ældrecenter|ældrecentre|bosted for ældre|flytte på plejehjem|venteliste til plejehjem|friplejebolig|friplejehjem|seniorbofællesskab|seniorbolig|seniorboliger|botilbud for ældre',
    { fsiii: 'Midlertidigt ophold' },
  ),
  c(
    'aflastning',
    'ældre',
    'aflastning|aflastningsophold|aflastningsplads|afløsning|afløsning i hjemmet|midlertidigt ophold|korttidsplads|korttidsophold|rehabiliteringsophold|døgnrehabilitering|pusterum|få en pause|pause fra plejen',
    { fsiii: 'Aflastningsophold uden for hjemmet' },
  ),
  c(
    'paaroerende',
    'ældre',
    'pårørende|pårørendegruppe|pårørendegrupper|pårørendestøtte|pårørendekonsulent|pårørenderådgivning|pårørendecafé|pårørendenetværk|pårørendeforening|omsorgsgiver|passer min mand|passer min kone|passer min mor|passer min far|ægtefælle til syg|ægtefælle til demente|pleje af familiemedlem|plejeorlov|plejevederlag|orlov til pasning|pasning af døende|pasning af nærtstående',
    { fsiii: 'Pårørende' },
  ),
  c(
    'palliation',
    'ældre',
    'palliation|palliativ|palliativ indsats|palliativ pleje|lindrende behandling|lindrende pleje|livets afslutning|den sidste tid|uhelbredeligt syg|terminal|terminalt syg|døende|dødende|hospice|sidste levetid|plejevederlag ved død|vågekone|våger|vågetjeneste',
    {},
  ),
  c(
    'aktivitetscenter',
    'ældre',
    'aktivitetscenter|aktivitetscentre|dagcenter|dagcentre|daghjem|dagtilbud for ældre|aktivitetshus|seniorklub|seniorcenter|pensionistforening|ældreklub|værested for ældre|seniorhus|seniortræf|hyggeklub|daghus',
    { needs: ['Sociale relationer'] },
  ),
  c(
    'besoegsven',
    'ældre',
    'besøgsven|besøgsvenner|besøgstjeneste|besøgshund|telefonven|telefonvenner|ringeven|ringe-ven|gåven|gåvenner|vågen nattevagt|frivillig besøgsven|ældre sagen|røde kors besøgstjeneste|en at gå tur med|en der kommer forbi',
    { needs: ['Sociale relationer'] },
  ),
  c(
    'demens-paaroerende',
    'ældre',
    'pårørende til demente|pårørende til en med demens|demenspårørende|min mand er dement|min kone er dement|min mor er dement|min far er dement|demenskursus for pårørende|demensrådgivning|demenskonsulent|demensnetværk|demensvenner|min mand glemmer|min kone glemmer|min mor glemmer|min far glemmer',
    {},
  ),
  c(
    'vaerdig-aeldre',
    'ældre',
    'værdighed|værdig ældrepleje|livshistorie|livskvalitet for ældre|meningsfuld hverdag|hverdag med mening|ældrelov|ældreloven|helhedspleje',
    { broad: true },
  ),
  c(
    'alder-traening',
    'ældre',
    'seniortræning|seniormotion|seniorfitness|motion for ældre|træning for ældre|ældreidræt|gymnastik for ældre|stolegymnastik|stoletræning|siddende gymnastik|seniorsvømning|motion 65+|seniorgymnastik|faldhold|balancehold',
    { needs: ['Motion', 'Fysisk træning'] },
  ),
  c(
    'ensomhed-aeldre',
    'ældre',
    'ensom ældre|ensomme ældre|ældre der sidder alene|alene efter dødsfald|alene efter mandens død|alene efter konens død|sidder alene efter|har mistet sit netværk|mistet sit netværk|savner at være sammen med nogen',
    { needs: ['Sociale relationer'] },
  ),
  c(
    'noedkald',
    'ældre',
    'nødkald|nødkaldeanlæg|nødkaldsur|alarm|faldalarm|tryghedsalarm|tryghedsopkald|velfærdsteknologi|skærmbesøg|virtuelle besøg|digitalt besøg|robotstøvsuger|spiserobot|vaskerobot',
    {},
  ),
  c(
    'transport-aeldre',
    'ældre',
    'kørsel|kørselsordning|flextur|flexhandicap|handicapkørsel|kørsel til læge|kørsel til træning|lægekørsel|befordring|befordringsgodtgørelse|transport|kan ikke komme derhen|kan ikke selv komme derhen|har ikke bil',
    { broad: true },
  ),
  c(
    'aeldre-it',
    'ældre',
    'it for ældre|it-hjælp|it-café|computerhjælp|hjælp til computeren|hjælp til mobilen|hjælp til ipad|tablet|ipad|smartphone|mitid|digital post|e-boks|borger.dk|nemid|digitale løsninger|digital hjælp|digitalt udfordret|ikke digital|ikke på nettet',
    {},
  ),
  c(
    'testamente-fremtidsfuldmagt',
    'ældre',
    'fremtidsfuldmagt|fuldmagt|testamente|værge|værgemål|livstestamente|behandlingstestamente|tvangsforanstaltninger|magtanvendelse',
    {},
  ),
];
