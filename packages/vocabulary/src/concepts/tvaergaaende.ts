// Concepts across domains: health behaviour in a life phase (pregnancy, young people, old age), target
// groups, formats of help, and finer family and everyday situations.
import { concept as c } from '../define';

const tobak = ['Rygning', 'Tobaksafvænning', 'Nikotin- og tobaksafvænning'];
const motion = ['Motion', 'Fysisk træning', 'Vejledning og introduktion til fysiske aktiviteter'];

export const tvaergaaende = [
  c(
    'gravid-ryger',
    'levevaner',
    'gravid og ryger|ryger og gravid|rygestop for gravide|rygestop i graviditeten|ryge under graviditeten|røgfri graviditet for to|partner ryger',
    { needs: tobak },
  ),
  c(
    'gravid-alkohol',
    'levevaner',
    'alkohol i graviditeten|gravid og drikker|drikker og er gravid|alkohol og graviditet|føtalt alkoholsyndrom|fas-børn',
    { needs: ['Alkohol', 'Samtale om alkohol'] },
  ),
  c(
    'gravid-motion',
    'levevaner',
    'gravidtræning|gravidyoga|gravidsvømning|motion for gravide|træning for gravide|mor-barn-træning|barnevognsmotion|barnevognsgåtur|barselstræning|efterfødselstræning|motion efter fødslen',
    { needs: motion },
  ),
  c(
    'gravid-kost',
    'levevaner',
    'kost i graviditeten|mad til gravide|gravid og overvægtig|overvægtig gravid|vægtøgning i graviditeten|tager for meget på',
    { needs: ['Kost', 'Kostvejledning'] },
  ),
  c(
    'unge-rygning',
    'levevaner',
    'unge og rygning|unge der ryger|unge rygere|røgfri ungdom|røgfri skoletid|rygestop for unge|ung og ryger|ryger i skolen|teenager ryger|min søn ryger|min datter ryger|x-hale|xhale',
    { needs: tobak },
  ),
  c(
    'motion-recept',
    'levevaner',
    'motion på recept|træning på recept|henvist af lægen til træning|lægen siger jeg skal træne|lægen sagde jeg skulle røre mig|motion efter henvisning',
    { needs: motion },
  ),
  c(
    'motion-kronisk',
    'levevaner',
    'træning med sygdom|træning for kronikere|træning med kronisk sygdom|motion og sygdom|krop og kræft|hjertemotion|lungemotion|diabetesmotion|træning med gigt|bevægelse med smerter',
    { needs: motion },
  ),
  c(
    'motion-ny',
    'levevaner',
    'nybegynder|begynder|begyndere|aldrig trænet før|ikke trænet i mange år|kom i gang igen|komme i gang|i gang igen|startskud|lav intensitet|stille og roligt|i mit eget tempo|eget tempo|rolig træning|blid træning',
    { broad: true },
  ),
  c(
    'udeaktivitet',
    'levevaner',
    'udendørstræning|træning udenfor|udendørs fitness|motionsrute|motionsruter|trimpfad|parkour|skateboard|street|gadeidræt|boldspil|fodbold|walking football|gåfodbold|basket|streetbasket|håndbold|badminton|bordtennis|padel|gå til fodbold',
    { needs: motion },
  ),
  c('kampsport', 'levevaner', 'kampsport|boksning|boxing|kickboksning|karate|judo|selvforsvar|mma|brydning', {
    needs: motion,
  }),
  c(
    'mad-budget',
    'levevaner',
    'billig mad|mad for få penge|sund mad på budget|madbudget|madspild|madplan|ugeplan|indkøbsliste|hurtig hverdagsmad|aftensmad|morgenmad|frokost|mellemmåltid|madpakken',
    { needs: ['Kost', 'Madlavning i praksis'] },
  ),
  c(
    'kost-sygdom',
    'levevaner',
    'diæt|diæter|særlig kost|kost ved sygdom|kost ved diabetes|kost til hjertet|saltfattig|fedtfattig|glutenfri|laktosefri|kulhydrater|lavkulhydrat|keto|vegetar|vegetarisk|vegansk|plantebaseret',
    { needs: ['Kost', 'Diætbehandling'] },
  ),
  c(
    'maend',
    'livssituation',
    'mænd alene|mænds netværk|mandegruppe|mandegrupper|mænd i bevægelse|mandefællesskab|mandeforening|mandehus|mandecafé|ældre mænd|enlige mænd|mænd over 60',
    { needs: ['Sociale relationer'] },
  ),
  c(
    'kvindegrupper',
    'livssituation',
    'kvindegruppe|kvindegrupper|kvindenetværk|kvindeforening|kvindecafé|kvinder for kvinder|pigeklub|pigegruppe|kun for kvinder|kvindehold|kvindesvømning|kvindetræning',
    {},
  ),
  c(
    'ensomhed-unge',
    'fællesskab',
    'ensom ung|ensomme unge|ung og ensom|unge og ensomhed|har ingen venner i klassen|ingen at være sammen med|holder sig for sig selv|sidder på værelset|sidder på sit værelse|sidder hjemme hele tiden|isolerer sig på værelset',
    { needs: ['Sociale relationer'] },
  ),
  c(
    'ensomhed-studerende',
    'fællesskab',
    'ensom studerende|ny i byen og ensom|kender ingen|kender ikke nogen|kender ingen i byen|ingen venner her',
    { needs: ['Sociale relationer'] },
  ),
  c(
    'soeskende',
    'familie',
    'søskende|søskendegruppe|søskende til syge|søskende til børn med handicap|lillebror|lillesøster|storebror|storesøster|bror|søster|søstre|brødre',
    { broad: true, boost: ['name'] },
  ),
  c(
    'skolestart',
    'familie',
    'skolestart|skolestarter|skolestartere|starter i skole|0. klasse|børnehaveklasse|overgang til skole|vuggestue|børnehave|dagpleje|daginstitution|sfo|fritidshjem|klub',
    { broad: true },
  ),
  c(
    'foraeldre-teenagere',
    'familie',
    'forældre til teenagere|forældre til unge|teenageforældre|konflikter med teenager|konflikter med min teenager|teenageren vil ikke|min teenager|vores teenager|teenageoprør|oprør|ung der ikke vil snakke',
    {},
  ),
  c(
    'foraeldre-smaaboern',
    'familie',
    'forældre til småbørn|trodsalder|trodsanfald|raserianfald hos børn|barnet slår|barnet bider|vanskeligt barn|krævende barn|tre-års-alderen|to-års-alderen|grænsesætning',
    {},
  ),
  c(
    'foraeldresamarbejde',
    'familie',
    'samarbejde om børnene|fælles forældreskab|forældresamarbejde|samarbejde efter skilsmisse|to forældre to hjem|forældre der ikke taler sammen|forældre i konflikt',
    {},
  ),
  c(
    'sex-unge',
    'familie',
    'seksualundervisning|uge sex|kæresteri|kæresteforhold|sexchikane|deling af billeder|nøgenbilleder|digitale krænkelser|grooming|samtykke|kondomer til unge|fortrydelsespille|nødprævention|ung og gravid ved et uheld|uønsket graviditet',
    {},
  ),
  c(
    'abort',
    'familie',
    'provokeret abort|abortrådgivning|overvejer abort|ufrivillig abort|spontan abort|aborter|mistet graviditeten|tab af graviditet|tidlig graviditetstab',
    {},
  ),
  c(
    'bedsteforaeldre',
    'familie',
    'bedsteforældre som ressource|plejebedsteforældre|bedsteforældrenetværk|reservebedsteforældre|reservebedste|lånebedstemor',
    {},
  ),
  c(
    'kriminalitet-paaroerende',
    'familie',
    'pårørende til indsatte|barn af indsat|far i fængsel|mor i fængsel|forælder i fængsel|familie til indsatte|besøg i fængslet',
    {},
  ),
  c(
    'aeldre-kost',
    'ældre',
    'ældres ernæring|ældre der spiser for lidt|kost til ældre|mad for ældre|ernæring for ældre|proteindrik|småt spisende ældre|vægttab hos ældre i eget hjem',
    { needs: ['Kost', 'Diætbehandling'] },
  ),
  c(
    'aeldre-faelles',
    'ældre',
    'ældre fællesskab|seniorfællesskab|seniorfællesskaber|fællesskab for ældre|ældre i fællesskab|seniornetværk|seniorhøjskole|højskole for seniorer|seniorudflugter|udflugter|udflugt|busture|bustur|ture ud af huset',
    { needs: ['Sociale relationer'] },
  ),
  c(
    'aeldre-frivillig',
    'ældre',
    'seniorfrivillig|seniorfrivillige|frivillig som pensionist|pensionist og frivillig|senior som frivillig|give noget tilbage|brug for at blive brugt|at gøre nytte',
    {},
  ),
  c(
    'aeldre-hukommelse',
    'ældre',
    'bedstemor glemmer|bedstefar glemmer|mor glemmer|far glemmer|glemmer aftaler|glemmer at spise|glemmer medicinen|farer vild|går vild|bliver væk',
    {},
  ),
  c(
    'aeldre-bolig',
    'ældre',
    'bo hjemme længst muligt|blive boende hjemme|blive i eget hjem|kan ikke klare hjemmet|huset er blevet for stort|for stort hus|trapper|trappen|trapperne|kan ikke gå på trappen',
    {},
  ),
  c(
    'diagnose-boern',
    'familie',
    'barn med diagnose|børn med diagnoser|barn med adhd|barn med autisme|barnet er udredt|udredning af barnet|børnepsykiatri|børne- og ungdomspsykiatri|bupl|ppr|pædagogisk psykologisk rådgivning|skolepsykolog',
    {},
  ),
  c(
    'tidlig-opsporing',
    'hverdag',
    'tidlig opsporing|opsporing|tidligt tegn|tidlige tegn|advarselstegn|faresignaler|bekymringstegn|tegn på mistrivsel|opdage i tide|forebygge|forebyggelse|forebyggende',
    { broad: true, fsiii: 'Sundhedsfremme og forebyggelse' },
  ),
  c(
    'hjemmebesoeg',
    'hverdag',
    'hjemmebesøg|besøg i hjemmet|kommer hjem til mig|kommer hjem til dig|komme hjem til|besøg derhjemme|i eget hjem|kan ikke komme ud|kommer ikke ud',
    { broad: true },
  ),
  c(
    'akut',
    'hverdag',
    'akut|akut hjælp|haster|med det samme|nu og her|hurtig hjælp|akuttilbud|akutplads|akutbolig|vagt|vagtlæge|døgnvagt|nødsituation|i nød',
    { broad: true },
  ),
  c(
    'laege',
    'hverdag',
    'læge|lægen|egen læge|praktiserende læge|henvisning|henvist|lægehenvisning|henvisning fra lægen|lægen har henvist|lægen har sagt|lægen siger|sygehus|hospital|hospitalet|indlæggelse|indlagt|udskrivelse',
    { broad: true },
  ),
  c(
    'anonym-ung',
    'familie',
    'anonym rådgivning for unge|ung og anonym|ungetelefon|børnetelefonen|børns vilkår|cyberhus|snak med en voksen|voksen at tale med|en voksen at snakke med',
    {},
  ),
  c(
    'mad-faellesskab-boern',
    'familie',
    'madskole for børn|madlavning for børn|børn i køkkenet|familiemadlavning|familiemadskole|lave mad med børnene|sund mad til børn|madpakker til børn|kræsne børn|kræsen|spiser ikke grøntsager|børn der ikke vil spise',
    { needs: ['Kost', 'Madlavning i praksis'] },
  ),
];
