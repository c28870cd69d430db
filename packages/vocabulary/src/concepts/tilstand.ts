// Conditions and diseases that municipal offers address, everyday words beside the professional ones.
import { concept as c } from '../define';

const kronisk = ['Sygdomshåndtering'];

export const tilstand = [
  c(
    'kronisk-sygdom',
    'tilstand',
    'kronisk sygdom|kronisk syg|kronikere|kroniker|leve med sygdom|leve med kronisk sygdom|langvarig sygdom|livet med sygdom|mestring af sygdom|patientuddannelse|patientskole|lær at tackle|lær at leve med',
    { needs: kronisk, fsiii: 'Sygdomshåndtering' },
  ),
  c(
    'diabetes',
    'tilstand',
    'diabetes|sukkersyge|type 2-diabetes|type 1-diabetes|gammelmandssukkersyge|for højt blodsukker|blodsukker|højt blodsukker|insulin|diabetiker|diabetikere|diabetesskole|sukkersygen',
    { needs: kronisk },
  ),
  c(
    'praediabetes',
    'tilstand',
    'prædiabetes|forstadie til diabetes|forhøjet blodsukker|begyndende sukkersyge|insulinresistens|metabolisk syndrom',
    { needs: kronisk },
  ),
  c(
    'kol',
    'tilstand',
    'kol|kronisk obstruktiv lungesygdom|rygerlunger|rygerlunge|lungesygdom|lungepatient|lungepatienter|dårlige lunger|lungerne|åndenød|forpustethed|stakåndet|kan ikke få luft|mangler luft|lungerehabilitering|lungetræning|iltapparat',
    { needs: kronisk, fsiii: 'Respirationsproblemer' },
  ),
  c('astma', 'tilstand', 'astma|astmatiker|astmaanfald|pibende vejrtrækning', {}),
  c(
    'hjertesygdom',
    'tilstand',
    'hjertesygdom|hjertekarsygdom|hjerte-kar-sygdom|hjerte|hjertet|hjerteproblemer|hjertepatient|hjertepatienter|blodprop i hjertet|hjerteanfald|hjertestop|hjerteinfarkt|angina|hjertekrampe|ballonudvidelse|bypass|hjerterehabilitering|hjerteskole',
    { needs: kronisk, fsiii: 'Cirkulationsproblemer' },
  ),
  c(
    'blodtryk',
    'tilstand',
    'forhøjet blodtryk|højt blodtryk|hypertension|blodtrykket|blodtryksmedicin|kolesterol|forhøjet kolesterol|højt kolesterol|fedtstoffer i blodet',
    { needs: kronisk },
  ),
  c(
    'apopleksi',
    'tilstand',
    'apopleksi|stroke|slagtilfælde|blodprop i hjernen|hjerneblødning|ramt af en blodprop|efter en blodprop|hjernerehabilitering|neurorehabilitering|blodprop|blodpropper|en blodprop|hjerneblodprop|hjerneinfarkt|blodprop i hovedet|et slag|fik et slag|haft et slag|efter et slag|ramt af et slag|hjerneskade efter blodprop|tia',
    { needs: kronisk },
  ),
  c(
    'kraeft',
    'tilstand',
    'kræft|cancer|kræftsyg|kræftpatient|kræftpatienter|kræftramt|kræftramte|prostatakræft|lungekræft|modermærkekræft|leukæmi|lymfekræft|tumor|kemo|kemoterapi|stråling|strålebehandling|kræftrehabilitering|senfølger efter kræft|kræftoverlever|cancerrehabilitering|kræftrådgivning',
    { needs: kronisk },
  ),
  c(
    'osteoporose',
    'tilstand',
    'osteoporose|knogleskørhed|knogleskør|knogleskøre|skøre knogler|knogleskørt|tynde knogler|svage knogler|lav knogletæthed|knogletæthed|brækker let knoglerne|sammenfald i ryggen|knogleskørhedsskole',
    { needs: kronisk },
  ),
  c(
    'slidgigt',
    'tilstand',
    'slidgigt|artrose|gigt|leddegigt|gigtpatient|gigtsyg|ondt i leddene|ledsmerter|ømme led|stive led|knæartrose|hofteartrose|dårligt knæ|dårlige knæ|dårlig hofte|knæsmerter|hoftesmerter|glad-træning|ondt i knæet|ondt i knæene|ondt i hoften|ondt i hofterne|knæet gør ondt|hoften gør ondt|knæproblemer|hofteproblemer|dårlige hofter',
    { needs: kronisk, fsiii: 'Ledfunktion' },
  ),
  c(
    'ny-hofte-knae',
    'tilstand',
    'ny hofte|nyt knæ|hofteoperation|knæoperation|hofteprotese|knæprotese|alloplastik|opereret i hoften|opereret i knæet|hoftebrud|lårbenshalsbrud|brækket hoften|brud|knoglebrud|brækket',
    { needs: ['Fysisk træning'] },
  ),
  c(
    'rygsmerter',
    'tilstand',
    'rygsmerter|ondt i ryggen|ondt i lænden|dårlig ryg|rygproblemer|lændesmerter|iskias|diskusprolaps|prolaps|hold i ryggen|lumbago|rygpatient|ryggen|nakkesmerter|ondt i nakken|stiv nakke|piskesmæld|nakkeproblemer|skuldersmerter|ondt i skulderen|frossen skulder',
    { needs: ['Fysisk træning'], fsiii: 'Problemer med smerter' },
  ),
  c(
    'kroniske-smerter',
    'tilstand',
    'kroniske smerter|langvarige smerter|smerter|smerte|ondt|gør ondt|har ondt|ondt hele tiden|smertehåndtering|smertelindring|smertepatient|smerteskole|piner|muskelsmerter',
    { needs: kronisk, fsiii: 'Kroniske smerter' },
  ),
  c(
    'demens',
    'tilstand',
    'demens|dement|demente|alzheimer|alzheimers|hukommelsen svigter|glemmer|glemsom|glemsomhed|husker dårligt|kan ikke huske|hukommelsesproblemer|dårlig hukommelse|glemmer ting|forvirret|forvirring|kognitiv svækkelse|begyndende demens|demenssygdom|demensramt|demensramte|demenskoordinator|demensvenlig|demenscafé|vaskulær demens|lewy body|frontotemporal',
    { needs: [], fsiii: 'Problemer med hukommelse' },
  ),
  c('parkinson', 'tilstand', 'parkinson|parkinsons sygdom|parkinsons|rysten|ryster på hænderne|parkinsonpatient', {
    needs: kronisk,
  }),
  c('nyresygdom', 'tilstand', 'nyresygdom|dårlige nyrer|nyresvigt|dialyse|nyrepatient', {
    needs: kronisk,
    fsiii: 'Dialyse',
  }),
  c(
    'mave-tarm',
    'tilstand',
    'mave-tarm|mavetarm|maveproblemer|ondt i maven|mavesmerter|mavepine|tyktarmsbetændelse|colitis|crohns sygdom|crohn|irriteret tyktarm|ibs|oppustet|forstoppelse|diarré|cøliaki|glutenallergi|laktoseintolerans|fødevareintolerans|stomi|stomipatient',
    { needs: ['Diætbehandling'], fsiii: 'Problemer med mave og tarm' },
  ),
  c(
    'inkontinens',
    'tilstand',
    'inkontinens|urininkontinens|tisser i bukserne|kan ikke holde på vandet|lækker urin|utæt blære|ufrivillig vandladning|tisse|vandladning|afføringsinkontinens|ble|bleer|holde på vandet|holde vandet|svært ved at holde vandet|lækker når jeg hoster|lækker når jeg griner|svag blære',
    { needs: [], fsiii: 'Problemer med urininkontinens' },
  ),
  c('saar', 'tilstand', 'sår|sårbehandling|sårpleje|hudproblemer', { fsiii: 'Sårbehandling' }),
  c(
    'fodpleje',
    'tilstand',
    'fodpleje|fødder|ondt i fødderne|fodterapeut|fodterapi|negle|hård hud|ligtorne|diabetesfødder',
    {},
  ),
  c(
    'hoerenedsaettelse',
    'tilstand',
    'høretab|hørenedsættelse|hører dårligt|høreapparat|høreapparater|tunghør|tunghørt|tunghørhed|døv|døve|døvhed|høreproblemer|tegnsprog|cochlear implant',
    { fsiii: 'Problemer med hørelse' },
  ),
  c(
    'synsnedsaettelse',
    'tilstand',
    'synsnedsættelse|ser dårligt|dårligt syn|svagsynet|svagsynede|blind|blinde|grå stær|grøn stær|makuladegeneration|øjensygdom|synsproblemer|synshandicap|synshandicappet|ledehund|punktskrift',
    { fsiii: 'Problemer med synssans' },
  ),
  c(
    'funktionsnedsaettelse',
    'tilstand',
    'funktionsnedsættelse|handicap|handicappet|handicappede|fysisk handicap|bevægelseshandicap|kørestol|kørestolsbruger|mennesker med handicap|nedsat funktionsevne|funktionsevne',
    { fsiii: 'Problemer med mobilitet og bevægelse' },
  ),
  c(
    'udviklingshandicap',
    'tilstand',
    'udviklingshæmning|udviklingshæmmet|udviklingshæmmede|psykisk udviklingshæmmet|udviklingshandicap|kognitivt handicap|downs syndrom|mental retardering|intellektuel funktionsnedsættelse|bostøtte til udviklingshæmmede',
    {},
  ),
  c('senfoelger', 'tilstand', 'senfølger|træthed efter sygdom|cfs|udbrændt', {
    needs: kronisk,
    fsiii: 'Energi og handlekraft',
  }),
  c(
    'vaccination',
    'tilstand',
    'vaccination|vaccine|vacciner|influenzavaccine|vaccinere|vaccineret|covid-vaccine|coronavaccine|børnevaccination|børnevaccinationer|hpv-vaccine|stik',
    {},
  ),
  c(
    'smitte',
    'tilstand',
    'smitte|smitsom sygdom|smitsomme sygdomme|covid|corona|influenza|tuberkulose|lus|lusekam|fnat|børneorm|smittet',
    {},
  ),
  c(
    'koenssygdom',
    'tilstand',
    'kønssygdom|kønssygdomme|klamydia|sexsygdom|sexsygdomme|gonorré|syfilis|kondylomer|hiv|aids|hiv-positiv|hiv-test|sexsygdomstest|test for kønssygdomme|sexologisk klinik',
    {},
  ),
  c('graviditetsdiabetes', 'tilstand', 'graviditetsdiabetes|sukkersyge i graviditeten|svangerskabsdiabetes', {
    needs: ['Kost'],
  }),
  c(
    'hjernerystelse-unge',
    'tilstand',
    'efter hjernerystelse|hjernerystelsen|lysfølsom|lydfølsom|balanceproblemer|dårlig balance',
    { fsiii: 'Balance' },
  ),
  c(
    'spiseforstyrrelse',
    'tilstand',
    'spiseforstyrrelse|spiseforstyrrelser|anoreksi|anorexi|bulimi|kaster op efter maden|sulter sig|usund forhold til mad|kropsbillede|kropsopfattelse|hader sin krop|kaster op efter måltider|kaster maden op|kaster op efter hun har spist|kaster op efter han har spist|brækker mig efter maden|brækker sig efter maden|fremprovokerer opkast|tvinger sig til at kaste op|tvangsspisning|tæller kalorier|bulimiker|anorektiker|spiseforstyrret|sulter sig selv|vil ikke spise for at tabe sig',
    { needs: ['Kost'], fsiii: 'Kropspfattelse' },
  ),
  c(
    'medicin',
    'tilstand',
    'medicin|piller|pillerne|tabletter|medicinhåndtering|medicindosering|dosisdispensering|medicinæske|medicingennemgang|medicinadministration|husker ikke medicinen|medicinkort|bivirkninger',
    { fsiii: 'Medicinadministration' },
  ),
  c(
    'genoptraening',
    'tilstand',
    'genoptræning|genoptræningsplan|genoptræne|efter indlæggelse|efter operation|efter sygehusophold|udskrevet fra sygehuset|udskrevet fra hospitalet|efter hospitalet|komme på benene igen|træning efter sygdom|vedligeholdelsestræning|lære at gå igen|kan ikke gå mere|komme op at gå',
    { needs: ['Fysisk træning', 'Færdighedstræning'], fsiii: 'Genoptræning af funktionsnedsættelse' },
  ),
  c(
    'rehabilitering',
    'tilstand',
    'rehabilitering|rehabiliteringsforløb|hverdagsrehabilitering|hverdagsmestring|rehab|blive selvhjulpen|selvhjulpen|selvhjulpenhed|klare sig selv|klare mig selv|træning i eget hjem|træning i hjemmet',
    { needs: ['Færdighedstræning'], fsiii: 'Rehabilitering' },
  ),
  c(
    'hjaelpemidler',
    'tilstand',
    'hjælpemidler|hjælpemiddel|rollator|gangstativ|stok|badestol|toiletforhøjer|plejeseng|hjælpemiddeldepot|hjælpemiddelcentral|kropsbårne hjælpemidler|el-scooter|elscooter|handicapbil|støtte til bil|boligændring|boligindretning|gelænder|trappelift',
    { fsiii: 'Hjælpemidler' },
  ),
];
