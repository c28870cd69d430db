// Body functions and everyday abilities, in the words of FSIII's functional areas and in everyday words.
import { concept as c } from '../define';

export const krop = [
  c(
    'mobilitet',
    'krop',
    'mobilitet|gangfunktion|gå dårligt|går dårligt|besvær med at gå|svært ved at gå|kan ikke gå langt|gangbesvær|vaklende gang|gå med rollator|komme rundt|bevægelighed|stivhed|stiv i kroppen|stive muskler|kan ikke gå|kan næsten ikke gå|har svært ved at gå|går med stok|går med rollator|halter|halte|dårligt gående|dårligt gående ældre|gangbesværet ældre|svært ved at bevæge sig|svært ved at bevæge mig|stiv|stive|stivhed i kroppen|bevægelsesbesvær|kommer ikke rundt|kommer ikke ud af huset|gå på trapper|svært ved trapper',
    { fsiii: 'Gang og bevægelse' },
  ),
  c(
    'balance',
    'krop',
    'faldforebyggelse|fald|falder|falder tit|faldet|faldulykke|faldtendens|bange for at falde|faldangst|væltet|ustabil på benene|ustabil|usikker gang|balancetræning|balance|falder ofte|falder meget|falder tit om|er faldet|er faldet flere gange|faldt|faldt i hjemmet|faldt i badet|faldt om|væltede|vælter|snubler|snubler tit|usikker på benene|vakler|vakkelvorn|vaklende|svimmel og falder|faldrisiko|faldudredning|faldklinik|faldskole|faldforebyggende|faldforebyggende træning|balanceøvelser|balanceproblemer hos ældre',
    { needs: ['Fysisk træning'], fsiii: 'Balance' },
  ),
  c(
    'muskelsvaekkelse',
    'krop',
    'muskelsvækkelse|svage muskler|muskeltab|kraftløs|svag|svækket|svækkelse|mistet kræfter|mangler kræfter|ingen kræfter|skrøbelighed|kræfterne slipper op|kan ikke rejse mig|kan ikke komme op af stolen|sarkopeni|svage ben|svage arme|ingen kræfter i benene|ingen kræfter i armene|mistet muskler|mistet muskelmasse|muskelmasse|tabt muskler|svækket efter sygdom|blevet svag|blevet svagere|blevet skrøbelig|skrøbelige|skrøbelige ældre|svage ældre|kan ikke løfte|kan ikke bære|kan ikke rejse sig|kan ikke komme op|kan ikke rejse sig fra stolen',
    { needs: ['Fysisk træning'], fsiii: 'Muskelfunktion' },
  ),
  c(
    'kognition',
    'krop',
    'kognition|kognitive vanskeligheder|kognitiv træning|hjernetræning|hukommelsestræning|hukommelse|hjernen|tænke klart|svært ved at tænke|langsom tankegang|hjernetåge|brain fog|orienteringsevne|finder ikke vej|kognitive|kognitivt|kognitive problemer|kognitive udfordringer|svært ved at huske|husker ikke|koncentration|koncentrationsevne|tankerne|tænker langsomt|hjernen er træt|hjernetræthed|mental træthed|hukommelsesbesvær|forvirring efter|svært ved at planlægge|overblik|mister overblikket|kan ikke overskue hverdagen',
    { fsiii: 'Kognitive funktioner' },
  ),
  c(
    'kommunikation',
    'krop',
    'kommunikation|kommunikationsvanskeligheder|talebesvær|svært ved at tale|taler utydeligt|taleundervisning|talepædagog|logopæd|dysartri|sprogvanskeligheder|svært ved at forstå|svært ved at gøre sig forstået|utydelig tale|snøvler|snøvle|svært ved at udtale|talevanskeligheder|sprogvanskeligheder hos voksne|logopædi|taleterapi|taleterapeut|kommunikationshjælpemidler|talecomputer|alternativ kommunikation',
    { fsiii: 'Problemer med kommunikation' },
  ),
  c(
    'synkebesvaer',
    'krop',
    'synkebesvær|dysfagi|svært ved at synke|fejlsynkning|sætter i halsen|tygge|tyggeproblemer|konsistenstilpasset kost|blød kost|gratinkost|kan ikke synke|synke|synker|får galt i halsen|fejlsynker|hoster når jeg spiser|hoster når hun spiser|hoster når han spiser|mad i den gale hals|tyggeproblemer hos ældre|svært ved at tygge|kan ikke tygge|blendet mad|moset mad|gelekost|fortykket drikke|dysfagikost',
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
    'kredsløb|blodomløb|kolde fødder|dårligt kredsløb|hævede ben|væske i benene|ødem|åreknuder|blodpropper i benene|vindueskigger|claudicatio|hævede fødder|hævede ankler og ben|tunge ben|ondt i benene når jeg går|ondt i benene|vinduessyge|dårligt blodomløb|kolde hænder|kolde hænder og fødder|blodprop i benet|blodprop i lungen|lymfødemet|lymfeødem|væske i kroppen og benene',
    { fsiii: 'Ødem' },
  ),
  c('vejrtraekning', 'krop', 'vejrtrækning|åndedræt|åndedrættet|luftvejene|luftvejsinfektion|iltmangel|ilt', {
    fsiii: 'Respiration',
  }),
  c(
    'seksualitet',
    'krop',
    'seksualitet|sex|sexliv|seksuel sundhed|rejsningsproblemer|rejsningsbesvær|impotens|erektil dysfunktion|ingen lyst|mangler lyst til sex|smerter ved samleje|prævention|p-piller|kondom|kondomer|sexlyst|ingen sexlyst|lyst til sex|manglende lyst|sexproblemer|seksuelle problemer|problemer med sex|problemer i sengen|kan ikke få den op|rejsning|potens|potensproblemer|for tidlig udløsning|tør skede|smerter under sex|sexolog|sexologisk rådgivning|seksualrådgivning|sexrådgivning|seksuel|seksuelle|sexualitet|sexuel',
    { fsiii: 'Problemer med seksualitet' },
  ),
  c(
    'lgbt',
    'krop',
    'lgbt|lgbtqia|kønsidentitet|transkønnet|trans|homoseksuel|queer|bøsse|lesbisk|non-binær|kønsskifte|seksuel orientering|sexualitet og køn|regnbue|regnbuefamilie|regnbuefamilier|ung og queer|seksuel minoritet|kommer ud|springe ud|sprunget ud|lgbtq|homo|homoer|homoseksuelle|bøsser|lesbiske|lesbe|lebbe|biseksuel|biseksuelle|transperson|transpersoner|transkvinde|transmand|kønsidentitetsforhold|kønsbekræftende behandling|kønsdysfori|nonbinær|ikke-binær|queer ungdom|regnbueunge|sex og samfund|springer ud|er homo|er bøsse|er lesbisk|er trans|kønsidentiteten|seksualiteten',
    { fsiii: 'Problemer med seksualitet, køn og kropsopfattelse' },
  ),
  c(
    'overgangsalder',
    'krop',
    'overgangsalder|overgangsalderen|klimakteriet|hedeture|menopause|hormoner|hormonforstyrrelser|i overgangsalderen|overgangsalderssymptomer|overgangsalderens gener|hedeturer|hedestigninger|nattesved|sveder om natten|klimakterielle gener|perimenopause|postmenopause|hormonerne|hormonbehandling i overgangsalderen|hormonplaster|overgangsalder hos mænd',
    {},
  ),
  c(
    'fertilitet',
    'krop',
    'fertilitet|barnløshed|ufrivillig barnløs|kan ikke få børn|fertilitetsbehandling|insemination|reagensglasbehandling|ivf|ønskebarn|barnløse|ufrivilligt barnløs|ufrivilligt barnløse|kan ikke blive gravid|kan ikke blive gravide|prøver at blive gravid|prøvet at blive gravid i lang tid|fertilitetsklinik|fertilitetsklinikken|fertilitetsproblemer|nedsat fertilitet|sædkvalitet|ægdonation|sæddonor|donorbarn|rugemor|ivf-behandling|icsi|inseminering|graviditetstest',
    {},
  ),
  c(
    'personlig-pleje',
    'hverdag',
    'personlig pleje|personlig hygiejne|bad|bade|vask|vaske sig|brusebad|hjælp til bad|hjælp til at komme i bad|påklædning|tage tøj på|klæde sig på|af- og påklædning|toiletbesøg|hjælp på toilettet|barbering|hårvask|kan ikke selv komme i bad|kan ikke selv vaske sig|kan ikke vaske sig selv|hjælp til at vaske sig|hjælp til personlig pleje|hjælp til at komme op om morgenen|hjælp til at komme i seng|hjælp til at komme i tøjet|hjælp til påklædning|kan ikke selv tage tøj på|kan ikke tage strømper på|støttestrømper på|badning|bade hjælp|morgenpleje|aftenpleje|hjælp om morgenen|hjælp om aftenen|personlig pleje i hjemmet|hygiejne|lugter|lugter dårligt|vasker sig ikke|vasker sig ikke længere|plejer sig ikke',
    { fsiii: 'Personlig pleje' },
  ),
  c(
    'ernaeringstilstand',
    'krop',
    'ernæringstilstand|ernæringsscreening|ernæringsindsats|proteinrig kost|energitæt kost|mellemmåltider|næringsdrikke|drikker for lidt|væskeindtag|dehydreret|dehydrering|får ikke drukket|næringsdrik|proteindrikke|proteinrig|protein|energirig kost|energitæt|får ikke nok at spise|får ikke spist|spiser for lidt protein|underernæring hos ældre|drikker ikke nok|drikker ikke nok vand|væskemangel|udtørret|udtørring|tørstig|ernæringsproblemer|småtspisende ældre i eget hjem',
    { needs: ['Diætbehandling'], fsiii: 'Problemer med ernæring' },
  ),
];
