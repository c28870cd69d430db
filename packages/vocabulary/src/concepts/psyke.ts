// Mental health and wellbeing: everyday words for stress, anxiety, low mood, crisis and the conditions behind.
import { concept as c } from '../define';

const mental = ['Stress', 'Mental håndtering'];

export const psyke = [
  c(
    'stress',
    'psyke',
    'stress|stresset|stressede|stressramt|stressramte|stresssymptomer|kørt ned|helt kørt ned|kørt helt ned|brændt ud|udbrændthed|burnout|går ned med stress|gået ned med stress|sygemeldt med stress|stresssygemeldt|for meget om ørerne|ondt i livet|presset|under pres|jaget|ræser rundt|kan ikke nå det hele|overbebyrdet|stresshåndtering|stressforløb|stresscoach|stressbehandling|stressklinik|stressed|stressed out|stresset ud|stressreaktion|stresssygemelding|for meget på arbejdet|for mange bolde i luften|alt for travlt|har for travlt|travlt hele tiden|kan ikke overskue noget|kan ikke overskue|overskud|intet overskud|mangler overskud|uoverskuelig|hjertebanken af stress|hamsterhjul|på overarbejde|ramt muren|ramt væggen|nervøst sammenbrud|nervesammenbrud|sammenbrud|udbrændt på jobbet|brændt ud på arbejdet|kan ikke koble af|kan ikke slappe af|kører på reserverne|på reserverne|stressfri|stresset mor|stresset far|ved at gå ned|er ved at gå ned|kan ikke mere|helt færdig',
    { needs: mental, fsiii: 'Mental håndtering' },
  ),
  c(
    'angst',
    'psyke',
    'angst|angstanfald|panikangst|panikanfald|bange|bekymret|bekymring|bekymringer|nervøs|nervøsitet|uro|indre uro|rastløs|ængstelig|fobi|fobier|generaliseret angst|tankemylder|grubler|overtænker|angstbehandling|angstproblemer|angstlidelse|angsten|angstfyldt|angstramt|anxiety|panik|panikken|får panik|hjertebanken af angst|bange hele tiden|bange for alt|tør ikke gå ud|tør ikke være alene|nervøs hele tiden|bekymrer mig hele tiden|kan ikke trække vejret af angst|klump i maven|sommerfugle i maven|uro i kroppen|angstfyldte tanker|angstsymptomer|lider af nerver|dårlige nerver|nervesvag|nervepatient|tror jeg dør|tror jeg skal dø|føler jeg skal dø|hjertebanken og angst|hjertebanken og panik|åndenød af angst|får angst|angst for at dø|socialangst',
    { needs: mental, fsiii: 'Emotionelle problemer' },
  ),
  c(
    'depression',
    'psyke',
    'depression|deprimeret|nedtrykt|ked af det|trist|tristhed|tungsind|modløs|opgivende|ingen glæde|mistet lysten|har ikke lyst til noget|ligger i sengen hele dagen|vinterdepression|melankoli|lavt humør|dårligt humør|tomhed|sortsyn|nedtrykthed|depri|depressiv|depressive|deprimerede|nedtrykte|helt nede|langt nede|er nede|ked af det hele tiden|græder meget|gider ikke noget|gider ingenting|orker ingenting|ser ikke noget lys|sorte tanker|mørke tanker|livet er tungt|tunge dage|dårlige dage|vinterblues|blues|ulykkelig|ikke glad|ikke glad mere|mistet glæden|har mistet glæden|føler mig tom|grå dage|kan ikke komme ud af sengen|kan ikke komme op om morgenen|orker ikke at stå op|alt er gråt|alt er sort|alt er gråt og trist|verden er grå',
    { needs: mental, fsiii: 'Emotionelle problemer' },
  ),
  c(
    'efterfoedselsreaktion',
    'psyke',
    'efterfødselsreaktion|efterfødselsreaktioner|fødselsdepression|efterfødselsdepression|depression efter fødsel|depression efter fødslen|depression efter barsel|depression på barsel|depression i barslen|postpartum depression|postpartum|ked af det efter fødslen|trist efter fødslen|nede efter fødslen|har det svært efter fødslen|svært ved at knytte sig til barnet|nybagt mor og ked af det|fædre med efterfødselsreaktion|fars efterfødselsreaktion',
    { needs: mental, fsiii: 'Emotionelle problemer' },
  ),
  c(
    'mental-sundhed',
    'psyke',
    'mental sundhed|trivsel|mistrivsel|mental trivsel|psykisk trivsel|mentalt helbred|psykisk sundhed|velbefindende|har det svært|har det skidt|har det dårligt|har det ikke godt|mistrives|trives ikke|psykisk sårbar|sårbar|skrøbelig|livskvalitet|glæde|livsglæde|psykisk|psykiske|psyken|psykisk helbred|mentalt|mental|mentale|sjælen|har det ad helvede til|har det af helvede til|har det elendigt|har det rigtig dårligt|har det hårdt|trivsel og sundhed|psykiske problemer|mentale problemer|psykisk mistrivsel|mental mistrivsel|mental health',
    { broad: true, needs: mental, fsiii: 'Mental sundhed' },
  ),
  c(
    'psykisk-sygdom',
    'psyke',
    'psykisk sygdom|psykisk syg|psykiske lidelser|psykisk lidelse|psykiatri|psykiatrisk|psykiatrisk patient|sindslidelse|sindslidende|skizofreni|skizofren|psykose|psykotisk|bipolar|maniodepressiv|personlighedsforstyrrelse|borderline|hører stemmer|psykisk sårbarhed|psykisk handicap|recovery|recoveryskole|recovery-skole|peer|peer-støtte|peerstøtte|mentor med egen erfaring|psykisk ustabil|sindssyg|sindssyge|psykiatrisk diagnose|diagnose i psykiatrien|psykotiske|hallucinationer|paranoid|paranoia|forfølgelsesvanvid|ser syner|manisk|mani|bipolar lidelse|skizofrene|psykisk syge|sindslidende borgere|psykiatribruger|socialpsykiatri|socialpsykiatrien|socialpsykiatrisk',
    { needs: ['Mental håndtering'], fsiii: 'Mentale problemer' },
  ),
  c(
    'adhd',
    'psyke',
    'adhd|add|opmærksomhedsforstyrrelse|koncentrationsbesvær|koncentrationsproblemer|kan ikke koncentrere sig|kan ikke sidde stille|urolig|hyperaktiv|impulsiv|tourette|neurodivergent|add-diagnose|adhd-diagnose|koncentrationsbesvær og uro|kan ikke koncentrere mig|kan ikke fokusere|svært ved at koncentrere sig|svært ved at fokusere|ukoncentreret|uopmærksom|har myrer i bukserne|myrer i bukserne|farer rundt|glemmer alt i skolen|impulsivitet|hyperaktivitet|opmærksomhedsproblemer',
    { fsiii: 'Opmærksomhed' },
  ),
  c(
    'autisme',
    'psyke',
    'autisme|autist|autistisk|autismespektrum|asperger|aspergers|autismespektrumforstyrrelse|ass|sansesensitiv|sanseforstyrrelse|autistiske|autismen|aspie|aspergers syndrom|asperger syndrom|infantil autisme|autistisk træk|autistiske træk|sensorisk overbelastning|overstimuleret|overstimulering|svært ved sociale koder|sociale koder',
    {},
  ),
  c(
    'selvskade',
    'psyke',
    'selvskade|selvskadende adfærd|skærer i sig selv|cutter|cutting|skader sig selv|selvmordstanker|selvmord|selvmordsforsøg|har ikke lyst til at leve|vil ikke leve mere|livstræt|livslede|selvmordsforebyggelse|suicidal|skærer sig|skære i sig selv|skære sig|cutter sig|snitter|ar på armene|brænder sig selv|slår sig selv|selvmordsfare|tænker på selvmord|tænker på at tage sit liv|tage mit liv|tage sit liv|vil dø|vil ikke være her mere|orker ikke at leve|ønsker at dø|livet er ikke værd at leve|selvmordstruet|ikke værd at leve|tage sit eget liv|tage mit eget liv|tog sit eget liv|tog sit liv|prøvet at dø|prøvet at tage sit liv|prøvede at tage sit liv|forsøgt at tage sit liv|forsøgt selvmord|har forsøgt selvmord|tanker om at dø|tanker om selvmord|selvmordstanke|selvmordsadfærd|vil ikke leve|ikke lyst til at leve',
    { needs: mental },
  ),
  c(
    'krise',
    'psyke',
    'krise|i krise|krisehjælp|krisepsykolog|chok|traume|traumer|traumatiseret|ptsd|posttraumatisk stress|voldsomme oplevelser|overgreb|seksuelle overgreb|misbrugt som barn|incest|krigstraume|flashbacks|akut krise|psykisk krise|psykisk førstehjælp|i chok|chokeret|har været udsat for noget voldsomt|voldsom oplevelse|traumatisk|traumatiske oplevelser|traumatisk oplevelse|mareridt om|gen-oplever|genoplever|ptsd-ramt|efterreaktion|krisereaktion|krisesamtale',
    { needs: mental },
  ),
  c(
    'sorg',
    'psyke',
    'sorg|sørger|sorggruppe|sorggrupper|sorgstøtte|sorgbearbejdning|mistet|har mistet|miste|dødsfald|død i familien|er død|døde|gået bort|afdøde|efterladte|enke|enkemand|enkestand|mistet min mand|mistet min kone|mistet et barn|spædbarnsdød|dødfødsel|abort|sorgramt|sorgen|i sorg|sorgproces|sorgarbejde|sorgterapi|sorgrådgivning|mistet min kæreste|mistet min søn|mistet min datter|mistet min bror|mistet min søster|mistet mine forældre|mistet min mor|mistet min far|min mand er død|min kone er død|min mor er død|min far er død|døde pludselig|døde for nylig|begravelse|bisættelse|kondolence|savner min mand|savner min kone|komme videre efter dødsfald|komplikeret sorg|langvarig sorg|forlænget sorg|sorgreaktion|enke efter|blevet enke|blevet enkemand|selvmordsefterladte',
    { needs: mental },
  ),
  c(
    'psykolog',
    'psyke',
    'psykolog|psykologhjælp|terapi|terapeut|samtaleterapi|psykoterapi|kognitiv terapi|samtaler med en professionel|samtaleforløb|samtalegruppe|snakke med nogen|tale med nogen|en at tale med|nogen at snakke med|rådgivningssamtale|psykiatrisk sygeplejerske|psykologer|psykologsamtale|psykologsamtaler|psykologforløb|psykologbehandling|gratis psykolog|gratis psykologhjælp|psykolog til unge|terapeuter|terapiforløb|samtaleterapeut|nogen at tale med|en at snakke med|tale med en psykolog|behandling for angst|behandling for depression|psykoterapeut|psykoterapeutisk|kognitiv adfærdsterapi|samtaletilbud|samtalestøtte',
    { needs: ['Behovssamtale'], fsiii: 'Psykisk støtte' },
  ),
  c(
    'selvvaerd',
    'psyke',
    'selvværd|selvtillid|lavt selvværd|dårligt selvværd|tror ikke på mig selv|føler mig forkert|føler mig værdiløs|usikker på sig selv|usikker|selvbillede|selvværdet|selvtilliden|dårlig selvtillid|lav selvtillid|manglende selvtillid|manglende selvværd|hader mig selv|kan ikke lide mig selv|føler mig grim|føler mig dum|føler mig ikke god nok|ikke god nok|føler mig mindreværdig|mindreværd|mindreværdskomplekser|skam|skammer mig|selvkritisk|selvkritik|selvhad|selvaccept',
    { needs: mental },
  ),
  c(
    'vrede',
    'psyke',
    'vrede|vredesudbrud|temperament|hidsig|hidsigt temperament|aggressiv|aggression|raserianfald|smider med ting|konflikter|konfliktløsning|konfliktmægling|vredeshåndtering|anger management|vred|vrede børn|bliver sur|bliver vred|bliver hurtigt vred|eksploderer|flipper ud|flipper|tænder af|kort lunte|kort lunte hos|smækker med dørene|voldsom adfærd|truende adfærd|udadreagerende voksen',
    {},
  ),
  c(
    'ensomhed',
    'fællesskab',
    'ensomhed|ensom|ensomme|alene|helt alene|føler mig alene|ingen venner|har ingen venner|ingen at tale med|ingen at snakke med|isoleret|isolation|social isolation|isolerer sig|sidder alene derhjemme|savner nogen|savner selskab|savner kontakt|uønsket alene|ensom og alene|ensomt|ensomheden|altid alene|sidder alene|sidder bare derhjemme|ingen omgangskreds|ingen at ringe til|mangler venner|savner venner|savner nogen at snakke med|har ingen familie|har ingen at tale med|ingen besøg|får aldrig besøg|isolerede|lonely|loneliness|ufrivillig alene|føler mig udenfor|udenfor fællesskabet|uden for fællesskabet|noget at stå op til|mangler noget at stå op til|mangler noget at lave|mangler indhold i hverdagen|tomme dage|dagene er lange|føler sig alene|føler sig ensom|føler mig ensom|savner en ven|mangler en ven|ingen venner at være sammen med|har ingen at snakke med',
    { needs: ['Sociale relationer'], fsiii: 'Problemer med socialt samvær' },
  ),
  c(
    'tankemoenster',
    'psyke',
    'negative tanker|tankemønstre|tankemylder om natten|kan ikke slukke hovedet|hovedet kører|bekymringstanker|katastrofetanker|overtænkning|overthinking|tænker for meget|tænker hele tiden|tanker der kører i ring|tanker kører rundt|ruminering|negative tankemønstre|negativ tænkning|bekymrer mig om alt',
    { needs: mental },
  ),
];
