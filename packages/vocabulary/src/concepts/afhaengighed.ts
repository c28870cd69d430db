// Addiction: alcohol, drugs, medicine, gambling, gaming; the families around it.
import { concept as c } from '../define';

const alkohol = ['Alkohol', 'Samtale om alkohol'];

export const afhaengighed = [
  c(
    'alkohol',
    'afhængighed',
    'alkohol|drikker|druk|drikke|drikkeri|fuld|fulde|beruset|øl|vin|spiritus|sprut|bajere|bajer|guldøl|en lille en|drikker for meget|drikker hver dag|alkoholforbrug|genstande|for mange genstande|tømmermænd|blackout|drikker meget|drikker for meget alkohol|drikker hver aften|drikker om morgenen|drikker alene|drikker i smug|skjuler flasker|fuld hver weekend|plørefuld|hønefuld|pilfuld|fulde hver dag|bæller|bæller øl|drukken|drukkenskab|alkoholvaner|vin hver dag|rødvin|hvidvin|snaps|vodka|whisky|cider|en flaske vin|fyraftensøl|drinks|alko|alkoholen|sprutten|drikker hver weekend|drukket|hangover',
    { needs: alkohol, fsiii: 'Alkohol' },
  ),
  c(
    'alkoholafhaengighed',
    'afhængighed',
    'alkoholafhængighed|alkoholiker|alkoholisme|alkoholmisbrug|alkoholproblem|alkoholproblemer|drikkeproblem|dranker|drukmåde|kvartalsdranker|alkoholbehandling|alkoholrådgivning|alkoholafvænning|afrusning|abstinenser|antabus|tørlagt|ædru|ædruelighed|blive ædru|lænken|aa-møder|anonyme alkoholikere|alkoholafhængig|alkoholafhængige|afhængig af alkohol|afhængig af sprut|alkoholisk|alkoholikeren|alkoholmisbruger|alkoholmisbrugere|alkis|alki|alkoholiseret|drukkenbolt|dranker i familien|kan ikke holde op med at drikke|kan ikke stoppe med at drikke|holde op med at drikke|stoppe med at drikke|stop med at drikke|drikke mindre|skære ned på alkohol|skære ned på alkoholen|nedsætte alkohol|afvænning fra alkohol|tørlægning|blive tørlagt|ædru liv|rystelser om morgenen|delirium|abstinens',
    { needs: alkohol, fsiii: 'Problemer med misbrug' },
  ),
  c('unge-druk', 'afhængighed', 'ungdomsdruk|festkultur|binge|druk til fester|fester for meget|forfester', {
    needs: alkohol,
  }),
  c(
    'paaroerende-misbrug',
    'afhængighed',
    'pårørende til misbruger|pårørende til alkoholiker|børn af alkoholikere|barn af alkoholiker|vokset op med alkohol|alkohol i familien|misbrug i familien|far drikker|mor drikker|forældre der drikker|voksne børn af alkoholikere|tuba',
    { needs: alkohol },
  ),
  c(
    'stoffer',
    'afhængighed',
    'stoffer|narko|rusmidler|euforiserende stoffer|stofmisbrug|stofbrug|stofafhængighed|misbrug|misbruger|misbrugsbehandling|rusmiddelbehandling|afvænning|afrusning fra stoffer|behandling for misbrug|narkoman|narkomaner|junkie|ryger hash|stofferne|narkotika|bruger stoffer|tager stoffer|på stoffer|på druggen|drugs|druggie|dope|doper|ruse sig|i rus|high|høj på stoffer|stofmisbruger|stofmisbrugere|misbrugere|misbruget|misbrugsproblem|misbrugsproblemer|rusmiddelproblemer|rusmiddel|rusmiddelbrug|afhængig af stoffer|narkoman i familien|behandling for stoffer|stofbehandling|stoffri|blive stoffri|clean|blive clean|tørlagt for stoffer',
    { needs: [], fsiii: 'Problemer med misbrug' },
  ),
  c(
    'hash',
    'afhængighed',
    'hash|cannabis|joint|jointe|skunk|marihuana|tjald|ryger joints|ryge hash|weed|ganja|spliff|bong|vandpibe|hashen|ryger pot|ryger weed|ryger græs|hashryger|hashrygere|skunken|thc|cbd|ryger hash hver dag|ryger skunk|ryger cannabis|ryger en joint|ryger marihuana|ryge skunk|ryge joints|ryge cannabis|ryge pot|røg hash|røget hash',
    {},
  ),
  c(
    'kokain',
    'afhængighed',
    'kokain|coke|amfetamin|speed|ecstasy|mdma|festdrug|partydrugs|opkvikkende stoffer|centralstimulerende|kokainen|coken|cocaine|sniffer|sniffe|sniffer coke|tager coke|kokainmisbrug|stimulanser|piller til fester|feststoffer|amfetaminen|ketamin|keta|crack|metamfetamin|stimulerende stoffer',
    {},
  ),
  c(
    'opioider',
    'afhængighed',
    'opioider|heroin|metadon|substitutionsbehandling|morfin|tramadol|fentanyl|sprøjtenarkoman|stiknarkoman|sprøjterum|fixerum|oxycodon|kodein|smertestillende misbrug|afhængig af smertestillende|heroinmisbruger|opioidafhængighed|opioidmisbrug|metadonbehandling|buprenorfin|stikker sig',
    {},
  ),
  c(
    'lattergas',
    'afhængighed',
    'lattergas|balloner med gas|gasballoner|lattergasballoner|ballon med lattergas|n2o|sniffer lattergas',
    {},
  ),
  c(
    'medicinmisbrug',
    'afhængighed',
    'medicinmisbrug|pillemisbrug|afhængig af piller|afhængig af medicin|benzodiazepiner|nervepiller|sovepillemisbrug|morfinpiller|misbrug af medicin|misbrug af piller|piller for meget|for mange piller|tager for mange piller|afhængig af sovepiller|afhængig af nervepiller|benzo|benzoer|stesolid|valium|rivotril|oxy|afhængig af smertestillende piller|pillemisbruger|medicinafhængighed|komme af med sovepillerne|komme af med sovepiller|komme af med nervepillerne|komme af med smertepillerne|trappe ned|trappe ud|nedtrapning|nedtrapning af medicin|udtrapning|afhængig af smertepiller|smertepiller|smertepillerne|kan ikke undvære sovepiller|nervepillerne|sovepillerne|beroligende piller|beroligende medicin|afhængig af beroligende|vanedannende medicin|vanedannende|sovepiller',
    { fsiii: 'Medicin og stoffer', shared: ['sovepiller'] },
  ),
  c(
    'ludomani',
    'afhængighed',
    'ludomani|ludoman|ludo-afhængig|ludoafhængig|ludoafhængighed|spilafhængighed|spilleafhængighed|spillemisbrug|spilleproblemer|spilproblemer|ludo|spiller for mange penge|spilleautomater|spillemaskiner|onlinespil om penge|betting|bettingafhængig|odds|oddset|casino|kasino|poker|væddemål|gambling|gamble|spillegæld|spillemani|spilleafhængig|spilafhængig|spillemisbruger|spiller for mange penge væk|spiller pengene op|spiller på nettet|spiller online|onlinecasino|online casino|casinospil|spilleautomat|enarmet tyveknægt|bets|better|spiller på heste|travbane|skraberlod|lotto|lotteri|væddemål på sport|sportsbetting|sportsvæddemål|ludospil|spil om penge|spiller om penge|kan ikke stoppe med at spille|spilleproblem',
    {},
  ),
  c(
    'gamingafhaengighed',
    'afhængighed',
    'gamingafhængighed|spiller hele natten|afhængig af computerspil|afhængig af spil|computerafhængighed|sidder ved computeren hele tiden|gamer hele tiden|gamingafhængig|gaming-afhængig|spilafhængig gaming|gamingproblemer|gamer for meget|gamer hele natten|gamer om natten|spiller for meget computer|spiller computer hele tiden|spiller playstation hele tiden|playstation|ps5|xbox|konsol|fortnite|minecraft|roblox|counter-strike|league of legends|world of warcraft|gameren|sidder bare foran skærmen|sidder foran skærmen hele tiden|sidder foran computeren|sidder ved skærmen|sidder på værelset og gamer|skærmafhængig|afhængig af skærmen|afhængig af mobilen|mobilafhængig|mobilafhængighed|internetafhængighed|nethed|lootboxes|lootbox',
    { needs: ['Søvn'] },
  ),
  c(
    'afhaengighed',
    'afhængighed',
    'afhængighed|afhængig|trang|kan ikke stoppe|kan ikke holde op|tilbagefald|falde i igen|afhængighedsbehandling|afhængigheden|afhængige|addiction|addicted|misbrugsadfærd|trangen|cravings|craving|tilbagefaldet',
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
