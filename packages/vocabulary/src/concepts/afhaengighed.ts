// Addiction: alcohol, drugs, medicine, gambling, gaming; the families around it.
import { concept as c } from '../define';

const alkohol = ['Alkohol', 'Samtale om alkohol'];

export const afhaengighed = [
  c(
    'alkohol',
    'afhængighed',
    'alkohol|drikker|druk|drikke|drikkeri|fuld|fulde|beruset|øl|vin|spiritus|sprut|bajere|bajer|guldøl|en lille en|drikker for meget|drikker hver dag|alkoholforbrug|genstande|for mange genstande|tømmermænd|blackout',
    { needs: alkohol, fsiii: 'Alkohol' },
  ),
  c(
    'alkoholafhaengighed',
    'afhængighed',
    'alkoholafhængighed|alkoholiker|alkoholisme|alkoholmisbrug|alkoholproblem|alkoholproblemer|drikkeproblem|dranker|drukmåde|kvartalsdranker|alkoholbehandling|alkoholrådgivning|alkoholafvænning|afrusning|abstinenser|antabus|tørlagt|ædru|ædruelighed|blive ædru|lænken|aa-møder|anonyme alkoholikere',
    { needs: alkohol, fsiii: 'Problemer med misbrug' },
  ),
  c(
    'unge-druk',
    'afhængighed',
    'ungdomsdruk|festkultur|binge|bingedrinking|druk til fester|fester for meget|weekenddruk|forfester',
    { needs: alkohol },
  ),
  c(
    'paaroerende-misbrug',
    'afhængighed',
    'pårørende til misbruger|pårørende til alkoholiker|børn af alkoholikere|barn af alkoholiker|vokset op med alkohol|alkohol i familien|misbrug i familien|far drikker|mor drikker|forældre der drikker|voksne børn af alkoholikere|tuba',
    { needs: alkohol },
  ),
  c(
    'stoffer',
    'afhængighed',
    'stoffer|narko|rusmidler|euforiserende stoffer|stofmisbrug|stofbrug|stofafhængighed|misbrug|misbruger|misbrugsbehandling|rusmiddelbehandling|afvænning|afrusning fra stoffer|behandling for misbrug|narkoman|narkomaner|junkie|ryger hash',
    { needs: [], fsiii: 'Problemer med misbrug' },
  ),
  c('hash', 'afhængighed', 'hash|cannabis|joint|jointe|skunk|marihuana|tjald|ryger joints|ryge hash', {}),
  c(
    'kokain',
    'afhængighed',
    'kokain|coke|amfetamin|speed|ecstasy|mdma|festdrug|partydrugs|opkvikkende stoffer|centralstimulerende',
    {},
  ),
  c(
    'opioider',
    'afhængighed',
    'opioider|heroin|metadon|substitutionsbehandling|morfin|tramadol|fentanyl|sprøjtenarkoman|stiknarkoman|sprøjterum|fixerum',
    {},
  ),
  c('lattergas', 'afhængighed', 'lattergas|balloner med gas|gasballoner', {}),
  c(
    'medicinmisbrug',
    'afhængighed',
    'medicinmisbrug|pillemisbrug|afhængig af piller|afhængig af medicin|benzodiazepiner|nervepiller|sovepillemisbrug|morfinpiller',
    { fsiii: 'Medicin og stoffer' },
  ),
  c(
    'ludomani',
    'afhængighed',
    'ludomani|ludoman|ludo-afhængig|ludoafhængig|ludoafhængighed|spilafhængighed|spilleafhængighed|spillemisbrug|spilleproblemer|spilproblemer|ludo|spiller for mange penge|spilleautomater|spillemaskiner|onlinespil om penge|betting|bettingafhængig|odds|oddset|casino|kasino|poker|væddemål|gambling|gamble|spillegæld',
    {},
  ),
  c(
    'gamingafhaengighed',
    'afhængighed',
    'gamingafhængighed|spiller hele natten|afhængig af computerspil|afhængig af spil|computerafhængighed|sidder ved computeren hele tiden|gamer hele tiden',
    { needs: ['Søvn'] },
  ),
  c(
    'afhaengighed',
    'afhængighed',
    'afhængighed|afhængig|trang|kan ikke stoppe|kan ikke holde op|tilbagefald|falde i igen|afhængighedsbehandling',
    { broad: true },
  ),
  c(
    'anonym-raadgivning',
    'afhængighed',
    'anonym rådgivning|anonymt|uden at sige navn|uden cpr|ingen journal|fortroligt|i fortrolighed|tavshedspligt',
    { broad: true },
  ),
  c(
    'ungdomsbehandling',
    'afhængighed',
    'ung og misbrug|unge og rusmidler|ungemisbrug|ungdomsmisbrug|misbrugsbehandling for unge|u-turn|ung i rus',
    {},
  ),
];
