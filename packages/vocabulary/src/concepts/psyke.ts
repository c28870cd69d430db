// Mental health and wellbeing: everyday words for stress, anxiety, low mood, crisis and the conditions behind.
import { concept as c } from '../define';

const mental = ['Stress', 'Mental håndtering'];

export const psyke = [
  c(
    'stress',
    'psyke',
    'stress|stresset|stressede|stressramt|stressramte|stresssymptomer|kørt ned|helt kørt ned|kørt helt ned|brændt ud|udbrændthed|burnout|går ned med stress|gået ned med stress|sygemeldt med stress|stresssygemeldt|for meget om ørerne|ondt i livet|presset|under pres|jaget|ræser rundt|kan ikke nå det hele|overbebyrdet|stresshåndtering|stressforløb|stresscoach|stressbehandling|stressklinik',
    { needs: mental, fsiii: 'Mental håndtering' },
  ),
  c(
    'angst',
    'psyke',
    'angst|angstanfald|panikangst|panikanfald|bange|bekymret|bekymring|bekymringer|nervøs|nervøsitet|uro|indre uro|rastløs|ængstelig|fobi|fobier|generaliseret angst|tankemylder|grubler|overtænker|angstbehandling',
    { needs: mental, fsiii: 'Emotionelle problemer' },
  ),
  c(
    'depression',
    'psyke',
    'depression|deprimeret|nedtrykt|ked af det|trist|tristhed|tungsind|modløs|opgivende|ingen glæde|mistet lysten|har ikke lyst til noget|ligger i sengen hele dagen|vinterdepression|fødselsdepression|efterfødselsreaktion|melankoli|lavt humør|dårligt humør|tomhed|sortsyn|nedtrykthed',
    { needs: mental, fsiii: 'Emotionelle problemer' },
  ),
  c(
    'mental-sundhed',
    'psyke',
    'mental sundhed|trivsel|mistrivsel|mental trivsel|psykisk trivsel|mentalt helbred|psykisk sundhed|velbefindende|har det svært|har det skidt|har det dårligt|har det ikke godt|mistrives|trives ikke|psykisk sårbar|sårbar|skrøbelig|livskvalitet|glæde|livsglæde',
    { broad: true, needs: mental, fsiii: 'Mental sundhed' },
  ),
  c(
    'psykisk-sygdom',
    'psyke',
    'psykisk sygdom|psykisk syg|psykiske lidelser|psykisk lidelse|psykiatri|psykiatrisk|psykiatrisk patient|sindslidelse|sindslidende|skizofreni|skizofren|psykose|psykotisk|bipolar|maniodepressiv|personlighedsforstyrrelse|borderline|hører stemmer|psykisk sårbarhed|psykisk handicap|recovery|recoveryskole|recovery-skole|peer|peer-støtte|peerstøtte|mentor med egen erfaring',
    { needs: ['Mental håndtering'], fsiii: 'Mentale problemer' },
  ),
  c(
    'adhd',
    'psyke',
    'adhd|add|opmærksomhedsforstyrrelse|koncentrationsbesvær|koncentrationsproblemer|kan ikke koncentrere sig|kan ikke sidde stille|urolig|hyperaktiv|impulsiv|tourette|neurodivergent',
    { fsiii: 'Opmærksomhed' },
  ),
  c(
    'autisme',
    'psyke',
    'autisme|autist|autistisk|autismespektrum|asperger|aspergers|autismespektrumforstyrrelse|ass|sansesensitiv|sanseforstyrrelse',
    {},
  ),
  c(
    'selvskade',
    'psyke',
    'selvskade|selvskadende adfærd|skærer i sig selv|cutter|cutting|skader sig selv|selvmordstanker|selvmord|selvmordsforsøg|har ikke lyst til at leve|vil ikke leve mere|livstræt|livslede|selvmordsforebyggelse|suicidal',
    { needs: mental },
  ),
  c(
    'krise',
    'psyke',
    'krise|i krise|krisehjælp|krisepsykolog|chok|traume|traumer|traumatiseret|ptsd|posttraumatisk stress|voldsomme oplevelser|overgreb|seksuelle overgreb|misbrugt som barn|incest|krigstraume|flashbacks',
    { needs: mental },
  ),
  c(
    'sorg',
    'psyke',
    'sorg|sørger|sorggruppe|sorggrupper|sorgstøtte|sorgbearbejdning|mistet|har mistet|miste|dødsfald|død i familien|er død|døde|gået bort|afdøde|efterladte|enke|enkemand|enkestand|mistet min mand|mistet min kone|mistet et barn|spædbarnsdød|dødfødsel|abort|sorgramt',
    { needs: mental },
  ),
  c(
    'psykolog',
    'psyke',
    'psykolog|psykologhjælp|terapi|terapeut|samtaleterapi|psykoterapi|kognitiv terapi|samtaler med en professionel|samtaleforløb|samtalegruppe|snakke med nogen|tale med nogen|en at tale med|nogen at snakke med|rådgivningssamtale|psykiatrisk sygeplejerske',
    { needs: ['Behovssamtale'], fsiii: 'Psykisk støtte' },
  ),
  c(
    'selvvaerd',
    'psyke',
    'selvværd|selvtillid|lavt selvværd|dårligt selvværd|tror ikke på mig selv|føler mig forkert|føler mig værdiløs|usikker på sig selv|usikker|selvbillede',
    { needs: mental },
  ),
  c(
    'vrede',
    'psyke',
    'vrede|vredesudbrud|temperament|hidsig|hidsigt temperament|aggressiv|aggression|raserianfald|smider med ting|konflikter|konfliktløsning|konfliktmægling|vredeshåndtering|anger management',
    {},
  ),
  c(
    'ensomhed',
    'fællesskab',
    'ensomhed|ensom|ensomme|alene|helt alene|føler mig alene|ingen venner|har ingen venner|ingen at tale med|ingen at snakke med|isoleret|isolation|social isolation|isolerer sig|sidder alene derhjemme|savner nogen|savner selskab|savner kontakt|uønsket alene',
    { needs: ['Sociale relationer'], fsiii: 'Problemer med socialt samvær' },
  ),
  c(
    'tankemoenster',
    'psyke',
    'negative tanker|tankemønstre|tankemylder om natten|kan ikke slukke hovedet|hovedet kører|bekymringstanker|katastrofetanker',
    { needs: mental },
  ),
];
