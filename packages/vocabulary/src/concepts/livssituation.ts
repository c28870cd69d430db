// Life situations that bring a citizen to a municipal offer: crime, violence, war, accidents, big changes.
import { concept as c } from '../define';

export const livssituation = [
  c(
    'kriminalitet',
    'livssituation',
    'kriminalitet|kriminel|kriminelle|dømt|straffet|straffeattest|plettet straffeattest|fængsel|fængslet|afsoner|afsoning|indsat|indsatte|løsladt|løsladelse|prøveløsladt|prøveløsladelse|kriminalforsorgen|tilsyn fra kriminalforsorgen|fodlænke|samfundstjeneste|betinget dom|varetægt|ude af fængslet|efter fængslet|exit fra kriminalitet|sidder i fængsel|har siddet i fængsel|har siddet inde|siddet inde|kommet ud af fængsel|løsladt fra fængsel|kommer ud af fængsel|efter afsoning|straffet tidligere|har en dom|fået en dom|fængselsstraf|kriminel fortid|kriminel bagrund',
    {},
  ),
  c(
    'bander',
    'livssituation',
    'bande|bander|bandemiljø|bandemedlem|rocker|rockere|rockermiljø|exit-program|exitprogram|ud af bandemiljøet|ud af et kriminelt miljø|kriminelt miljø|gruppering|grupperinger',
    {},
  ),
  c(
    'ssp',
    'livssituation',
    'ssp|ssp-samarbejde|ung og kriminalitet|unge og kriminalitet|ungdomskriminalitet|ungdomskriminalitetsnævnet|kriminalitetstruet|kriminalitetstruede unge|hærværk|butikstyveri|stjæler|politiet|bekymrende adfærd|ung med bekymrende adfærd|uro i gaderne|gadeuro|ung der stjæler|stjæler fra butikker|laver ballade|ballade|laver ulovligheder|ung i dårligt selskab|dårligt selskab|dårlige venner|forkerte venner|forkert vej|er på vej ud i noget|på vej ud i kriminalitet|ung og politiet|politiet har ringet|anholdt|sigtet|knallertkørsel',
    {},
  ),
  c(
    'radikalisering',
    'livssituation',
    'radikalisering|radikaliseret|ekstremisme|ekstremistisk|ekstreme holdninger|ekstreme miljøer|højreekstrem|religiøs ekstremisme',
    {},
  ),
  c(
    'prostitution',
    'livssituation',
    'prostitution|prostitueret|prostituerede|sexarbejde|sexarbejder|sexarbejdere|escort|sælger sex|sex for penge|menneskehandel|handlet|tvangsarbejde|udnyttelse',
    {},
  ),
  c(
    'veteran',
    'livssituation',
    'veteran|veteraner|soldat|soldater|udsendt|udsendte|tidligere udsendt|hjemvendt soldat|hjemvendte soldater|krigsveteran|forsvaret|militær|veterancenter|veteranhjem|krigsoplevelser',
    {},
  ),
  c(
    'ulykke',
    'livssituation',
    'ulykke|ulykker|trafikulykke|bilulykke|færdselsuheld|uheld|ulykkesramt|tilskadekommen|kom til skade|kvæstet|arbejdsulykke|arbejdsskade|arbejdsskader|erstatning|senfølger efter ulykke|været ude for en ulykke|var ude for en ulykke|kom til skade på arbejdet|faldulykke på arbejdet|arbejdsulykken|trafikuheld|cykelulykke|påkørt|blev påkørt|påkørsel',
    {},
  ),
  c(
    'ny-diagnose',
    'livssituation',
    'ny diagnose|nydiagnosticeret|fået en diagnose|har lige fået at vide|lige fået diagnosen|diagnosen|nyopdaget|opdaget for nylig|har fået konstateret|konstateret|fik konstateret',
    { broad: true },
  ),
  c(
    'udsathed',
    'livssituation',
    'socialt udsat|socialt udsatte|udsat|udsatte|udsatte borgere|udsatte grupper|marginaliseret|på kanten af samfundet|udstødt|sårbare borgere|sårbare familier|sårbar familie|dobbeltdiagnose|dobbeltdiagnoser|multiple problemer|komplekse problemer|svær social situation|social og sundhedsmæssig udsathed|har det svært socialt|på bunden|nået bunden|på røven|ude i hampen|på skideren|tabt bag af en vogn|kommet skævt ind i livet|dårlig start på livet|svært liv|hårdt liv',
    { broad: true },
  ),
  c(
    'livsforandring',
    'livssituation',
    'livsforandring|store forandringer|stor forandring|omvæltning|nyt kapitel|ny start|starte forfra|begynde på ny|overgang|overgangen|livskrise|identitetskrise|midtvejskrise|fyrre års krise',
    { broad: true },
  ),
  c(
    'overgang-voksenliv',
    'livssituation',
    'fylder 18|bliver 18|overgang til voksenlivet|ung voksen|unge voksne|18-årig|18 år|19-årig|20-årig|21-årig|22-årig|23-årig|24-årig|25-årig|efter 18|voksenlivet|flytte hjemmefra|flyttet hjemmefra|når man bliver 18|når man fylder 18|ung voksen der har brug for hjælp|fra barn til voksen|fra ung til voksen',
    { broad: true },
  ),
  c(
    'studieliv',
    'livssituation',
    'studieliv|studielivet|studie|studiet|universitet|universitetet|seminarium|professionshøjskole|erhvervsakademi|su|su-modtager|studiejob|ny studerende|førsteårsstuderende|studerende med børn|studenterrådgivningen',
    {},
  ),
  c('kulturliv-unge', 'livssituation', 'ungdomskultur|fester|fest|byture|bytur|i byen|nattelivet|nattesliv', {
    broad: true,
  }),
  c(
    'trafik',
    'livssituation',
    'trafik|trafiksikkerhed|cykelhjelm|cykelhjelme|førerkort|kørekort|bilkørsel|ældre bilister|kørselsvurdering',
    {},
  ),
  c(
    'tro',
    'livssituation',
    'tro|religion|religiøs|kirke|kirken|præst|præsten|moske|moskeen|imam|sjælesorg|eksistentielle spørgsmål|meningen med livet|eksistentiel|åndelig omsorg',
    {},
  ),
  c('dyrevelfaerd', 'livssituation', 'kæledyr|hund og kat|dyrlæge|dyrlægeregning|pasning af hund|hundelufter', {}),
  c(
    'retshjaelp',
    'livssituation',
    'retshjælp|gratis retshjælp|advokat|advokatvagt|juridisk rådgivning|juridisk hjælp|jura|jurist|retssag|retten|klage|klageret|klage over kommunen|borgerrådgiver|partsrepræsentant|bisidder|bisiddere|følge til møder|én der kan gå med til møder|klage over afgørelse|klage over en afgørelse|ankestyrelsen|uenig med kommunen|uenig i afgørelsen|fået afslag|afslag|afslag fra kommunen|afgørelse fra kommunen|partshøring|aktindsigt|mine rettigheder|rettigheder|borgerrådgiveren|bisidder til møde|nogen med til møde|følge med til møde',
    {},
  ),
  c(
    'klimaangst',
    'livssituation',
    'klimaangst|klimabekymring|bekymret for klimaet|fremtidsangst|bekymret for fremtiden',
    {},
  ),
  c(
    'aegteskab-kultur',
    'livssituation',
    'arrangeret ægteskab|ægteskab mod sin vilje|religiøst ægteskab|skilsmisse i kulturen|æreskultur',
    {},
  ),
];
