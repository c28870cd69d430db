// Work, education and sick leave.
import { concept as c } from '../define';

export const arbejde = [
  c(
    'sygemelding',
    'arbejde',
    'sygemelding|sygemeldt|sygemeldte|sygefravær|langtidssygemeldt|sygedagpenge|raskmelding|tilbage til arbejdet|tilbage i arbejde|vende tilbage til job|delvis raskmelding|gradvis tilbagevenden|fastholdelse i job|jobfastholdelse|fastholdelsesfleksjob|rundbordssamtale|arbejdsevne|nedsat arbejdsevne|sygemeldt fra arbejde|sygemeldt fra job|er sygemeldt|syg fra arbejde|syg fra jobbet|syg længe|syg i lang tid fra arbejdet|langtidssyg|langvarig sygemelding|sygemeldt længe|tilbage på job|tilbage på arbejde|komme tilbage på arbejde|starte op igen på arbejde|gradvis opstart|delvis sygemeldt|nedsat tid|på nedsat tid|sygedagpengene|opfølgningssamtale på jobcentret|mister mit job|bange for at miste mit job|fyret pga sygdom',
    {},
  ),
  c(
    'ledighed',
    'arbejde',
    'ledig|ledighed|arbejdsløs|arbejdsløshed|uden arbejde|mistet mit job|mistet arbejdet|fyret|afskediget|opsagt|jobsøgning|søge job|finde job|finde arbejde|jobcenter|jobcentret|a-kasse|dagpenge|kontanthjælp|kontanthjælpsmodtager|uddannelseshjælp|ressourceforløb|jobafklaring|jobafklaringsforløb|virksomhedspraktik|løntilskud|aktivering|aktiveringstilbud|seniorjob|arbejdsløs og ensom|ledige|arbejdsledig|er ledig|blevet ledig|uden job|har intet arbejde|intet job|mistet jobbet|mistet job|blevet fyret|fyret fra|sagt op|på kontanthjælp|på dagpenge|på sygedagpenge|jobcentret vil|aktiveringsforløb|i aktivering|jobsøger|jobsøgende|cv|cv-hjælp|hjælp til cv|jobsamtale|ikke kan få arbejde|kan ikke få job|kan ikke få et job',
    {},
  ),
  c(
    'fleksjob',
    'arbejde',
    'fleksjob|flexjob|skånejob|førtidspension|førtidspensionist|pension på grund af sygdom|varig nedsat arbejdsevne|ledighedsydelse|revalidering|arbejdsprøvning|flex job|fleks job|skånejobber|fleksjobber|fleksjobbere|på førtidspension|søge førtidspension|ansøge om førtidspension|tilkendt førtidspension|ansat i fleksjob|arbejde på nedsat tid med tilskud|ressourceforløbet|rehabiliteringsteamet',
    {},
  ),
  c(
    'uddannelse',
    'arbejde',
    'uddannelse|uddannelsesvejledning|ungdomsuddannelse|gymnasiet|erhvervsskole|efterskole|frafald|droppet ud|stoppet på uddannelsen|ingen uddannelse|uden uddannelse|kommer ikke i gang|forberedende grunduddannelse|fgu|studievejleder|studerende|studiestress|eksamensangst|eksamen|præstationsangst|perfektionisme|præstationspres|droppet ud af gymnasiet|droppet ud af skolen|droppet ud af uddannelsen|stoppet i skolen|gået ud af skolen|ved ikke hvad jeg vil|hvad skal jeg være|uddannelsesvalg|vejledning om uddannelse|ungdommens uddannelsesvejledning|uu|uu-vejleder|kommunal ungeindsats|kui|stx|hf|hhx|htx|eud|10. klasse|efterskoleophold|skolestress|eksamensnerver|karakterpres|pres i skolen|pres fra skolen|pres for at præstere|skal være perfekt',
    {},
  ),
  c(
    'neet',
    'arbejde',
    'hverken i job eller uddannelse|ikke i job eller uddannelse|unge uden job|unge uden uddannelse|neet|udsatte unge|sårbare unge|ung uden retning|ung på kanten|på kanten|unge på kanten|ungeindsats|sidder derhjemme|laver ingenting|laver ikke noget|går derhjemme|går bare derhjemme|hjemme hele dagen|ung der går derhjemme|ung uden noget at lave|intet at lave|kommer ikke ud af døren|ligger i sengen til middag',
    {},
  ),
  c(
    'arbejdsmiljoe',
    'arbejde',
    'arbejdsmiljø|arbejdspres|travlhed på arbejdet|stress på arbejdet|arbejdsrelateret stress|chef|chefen|leder|kolleger|kollega|mobning på arbejdet|arbejdsplads|arbejdspladsen|tillidsrepræsentant|fagforening|natarbejde|skifteholdsarbejde|skiftearbejde|nathold|for travlt på arbejdet|presset på arbejdet|stresset på arbejdet|dårligt arbejdsmiljø|mobbet på arbejdet|chikane på arbejdet|konflikt med chefen|konflikt på arbejdet|problemer med chefen|problemer med kollegerne|dårlig leder|arbejdsstress|jobstress|work-life balance|balance mellem arbejde og familie|arbejde og familieliv',
    { broad: true },
  ),
  c(
    'pensionering',
    'arbejde',
    'pensionering|gå på pension|gået på pension|nyslået pensionist|efterløn|efterlønner|tilbagetrækning|stoppe med at arbejde|stoppet med at arbejde|seniorlivet|overgang til pension|pensionsalder|skal på pension|er gået på pension|ny pensionist|nyslåede pensionister|pensioneret|pensionister der keder sig|keder mig som pensionist|hvad nu efter arbejdslivet|livet efter arbejdslivet|efter arbejdslivet|seniorjob og pension|tidlig pension|tidlig pension ansøgning|seniorpension',
    {},
  ),
  c('fritidsjob-unge', 'arbejde', 'fritidsjob for unge|ungejob|første job|sommerjob|lommepenge', {}),
];
