// Work, education and sick leave.
import { concept as c } from '../define';

export const arbejde = [
  c(
    'sygemelding',
    'arbejde',
    'sygemelding|sygemeldt|sygemeldte|sygefravær|langtidssygemeldt|sygedagpenge|raskmelding|tilbage til arbejdet|tilbage i arbejde|vende tilbage til job|delvis raskmelding|gradvis tilbagevenden|fastholdelse i job|jobfastholdelse|fastholdelsesfleksjob|rundbordssamtale|arbejdsevne|nedsat arbejdsevne',
    {},
  ),
  c(
    'ledighed',
    'arbejde',
    'ledig|ledighed|arbejdsløs|arbejdsløshed|uden arbejde|mistet mit job|mistet arbejdet|fyret|afskediget|opsagt|jobsøgning|søge job|finde job|finde arbejde|jobcenter|jobcentret|a-kasse|dagpenge|kontanthjælp|kontanthjælpsmodtager|uddannelseshjælp|ressourceforløb|jobafklaring|jobafklaringsforløb|virksomhedspraktik|løntilskud|aktivering|aktiveringstilbud|seniorjob',
    {},
  ),
  c(
    'fleksjob',
    'arbejde',
    'fleksjob|flexjob|skånejob|førtidspension|førtidspensionist|pension på grund af sygdom|varig nedsat arbejdsevne|ledighedsydelse|revalidering|arbejdsprøvning',
    {},
  ),
  c(
    'uddannelse',
    'arbejde',
    'uddannelse|uddannelsesvejledning|ungdomsuddannelse|gymnasiet|erhvervsskole|efterskole|frafald|droppet ud|stoppet på uddannelsen|ingen uddannelse|uden uddannelse|kommer ikke i gang|forberedende grunduddannelse|fgu|studievejleder|studerende|studiestress|eksamensangst|eksamen|præstationsangst|perfektionisme|præstationspres',
    {},
  ),
  c(
    'neet',
    'arbejde',
    'hverken i job eller uddannelse|ikke i job eller uddannelse|unge uden job|unge uden uddannelse|neet|udsatte unge|sårbare unge|ung uden retning|ung på kanten|på kanten|unge på kanten|ungeindsats',
    {},
  ),
  c(
    'arbejdsmiljoe',
    'arbejde',
    'arbejdsmiljø|arbejdspres|travlhed på arbejdet|stress på arbejdet|arbejdsrelateret stress|chef|chefen|leder|kolleger|kollega|mobning på arbejdet|arbejdsplads|arbejdspladsen|tillidsrepræsentant|fagforening|natarbejde|skifteholdsarbejde|skiftearbejde|nathold',
    { broad: true },
  ),
  c(
    'pensionering',
    'arbejde',
    'pensionering|gå på pension|gået på pension|nyslået pensionist|efterløn|efterlønner|tilbagetrækning|stoppe med at arbejde|stoppet med at arbejde|seniorlivet|overgang til pension|pensionsalder',
    {},
  ),
  c('fritidsjob-unge', 'arbejde', 'fritidsjob for unge|ungejob|første job|sommerjob|lommepenge', {}),
];
