// Body functions and everyday abilities, in the words of FSIII's functional areas and in everyday words.
import { concept as c } from '../define';

export const krop = [
  c(
    'mobilitet',
    'krop',
    'mobilitet|gangfunktion|gå dårligt|går dårligt|besvær med at gå|svært ved at gå|kan ikke gå langt|gangbesvær|vaklende gang|gå med rollator|komme rundt|bevægelighed|stivhed|stiv i kroppen|stive muskler',
    { fsiii: 'Gang og bevægelse' },
  ),
  c(
    'balance',
    'krop',
    'faldforebyggelse|fald|falder|falder tit|faldet|faldulykke|faldtendens|bange for at falde|faldangst|væltet|ustabil på benene|ustabil|usikker gang|balancetræning|balance',
    { needs: ['Fysisk træning'], fsiii: 'Balance' },
  ),
  c(
    'muskelsvaekkelse',
    'krop',
    'muskelsvækkelse|svage muskler|muskeltab|kraftløs|svag|svækket|svækkelse|mistet kræfter|mangler kræfter|ingen kræfter|skrøbelighed|kræfterne slipper op|kan ikke rejse mig|kan ikke komme op af stolen|sarkopeni',
    { needs: ['Fysisk træning'], fsiii: 'Muskelfunktion' },
  ),
  c(
    'kognition',
    'krop',
    'kognition|kognitive vanskeligheder|kognitiv træning|hjernetræning|hukommelsestræning|hukommelse|hjernen|tænke klart|svært ved at tænke|langsom tankegang|hjernetåge|brain fog|orienteringsevne|finder ikke vej',
    { fsiii: 'Kognitive funktioner' },
  ),
  c(
    'kommunikation',
    'krop',
    'kommunikation|kommunikationsvanskeligheder|talebesvær|svært ved at tale|taler utydeligt|taleundervisning|talepædagog|logopæd|dysartri|sprogvanskeligheder',
    { fsiii: 'Problemer med kommunikation' },
  ),
  c(
    'synkebesvaer',
    'krop',
    'synkebesvær|dysfagi|svært ved at synke|fejlsynkning|sætter i halsen|tygge|tyggeproblemer|konsistenstilpasset kost|blød kost|gratinkost',
    { needs: ['Diætbehandling'], fsiii: 'Spise og drikke' },
  ),
  c(
    'kropsbevidsthed',
    'krop',
    'kropsbevidsthed|kropsopfattelse og krop|mærke kroppen|psykomotorisk|psykomotorisk terapeut|kropsterapi|kropsbaseret',
    { fsiii: 'Psykomotorisk træning' },
  ),
  c(
    'kredsloeb',
    'krop',
    'kredsløb|blodomløb|kolde fødder|dårligt kredsløb|hævede ben|væske i benene|ødem|åreknuder|blodpropper i benene|vindueskigger|claudicatio',
    { fsiii: 'Ødem' },
  ),
  c('vejrtraekning', 'krop', 'vejrtrækning|åndedræt|åndedrættet|luftvejene|luftvejsinfektion|iltmangel|ilt', {
    fsiii: 'Respiration',
  }),
  c(
    'seksualitet',
    'krop',
    'seksualitet|sex|sexliv|seksuel sundhed|rejsningsproblemer|rejsningsbesvær|impotens|erektil dysfunktion|ingen lyst|mangler lyst til sex|smerter ved samleje|prævention|p-piller|kondom|kondomer',
    { fsiii: 'Problemer med seksualitet' },
  ),
  c(
    'lgbt',
    'krop',
    'lgbt|lgbtqia|kønsidentitet|transkønnet|trans|homoseksuel|queer|bøsse|lesbisk|non-binær|kønsskifte|seksuel orientering|sexualitet og køn|regnbue|regnbuefamilie|regnbuefamilier|ung og queer|seksuel minoritet|kommer ud|springe ud|sprunget ud',
    { fsiii: 'Problemer med seksualitet, køn og kropsopfattelse' },
  ),
  c(
    'overgangsalder',
    'krop',
    'overgangsalder|overgangsalderen|klimakteriet|hedeture|menopause|hormoner|hormonforstyrrelser',
    {},
  ),
  c(
    'fertilitet',
    'krop',
    'fertilitet|barnløshed|ufrivillig barnløs|kan ikke få børn|fertilitetsbehandling|insemination|reagensglasbehandling|ivf|ønskebarn',
    {},
  ),
  c(
    'personlig-pleje',
    'hverdag',
    'personlig pleje|personlig hygiejne|bad|bade|vask|vaske sig|brusebad|hjælp til bad|hjælp til at komme i bad|påklædning|tage tøj på|klæde sig på|af- og påklædning|toiletbesøg|hjælp på toilettet|barbering|hårvask',
    { fsiii: 'Personlig pleje' },
  ),
  c(
    'ernaeringstilstand',
    'krop',
    'ernæringstilstand|ernæringsscreening|ernæringsindsats|proteinrig kost|energitæt kost|mellemmåltider|næringsdrikke|drikker for lidt|væskeindtag|dehydreret|dehydrering|får ikke drukket',
    { needs: ['Diætbehandling'], fsiii: 'Problemer med ernæring' },
  ),
];
