// Housing: homelessness, eviction, neighbours, a home that does not work.
import { concept as c } from '../define';

export const bolig = [
  c(
    'hjemloeshed',
    'bolig',
    'hjemløs|hjemløse|hjemløshed|uden bolig|uden fast bopæl|ingen bolig|har ingen bolig|har ikke et sted at bo|intet sted at bo|sover på gaden|sover ude|gadesover|gadesovere|sofasurfer|sofasurfing|sover hos venner|sover på sofaen hos|herberg|herberger|forsorgshjem|natvarmestue|nødovernatning|natherberg|boform|housing first|gaden|blevet hjemløs|bliver hjemløs|er hjemløs|bor på gaden|lever på gaden|sover i bilen|bor i bilen|bor hos en ven|bor hos venner|har ikke noget sted at bo|ikke noget sted at sove|intet sted at sove|har ikke et hjem|mistet min lejlighed|mistet lejligheden|mistet boligen|sover på en bænk|gadeliv|gademiljø|herberget|forsorgshjemmet|krisecenter for hjemløse|hjemløseenhed',
    {},
  ),
  c(
    'udsaettelse',
    'bolig',
    'udsættelse|udsat af lejligheden|sat ud|sættes ud|smidt ud|smidt ud af lejligheden|huslejerestance|kan ikke betale husleje|husleje|huslejen|opsigelse af lejemål|opsagt fra lejligheden|fraflytning|udsættelsesforebyggelse|boligsocial|boligsocial medarbejder|boligsociale|boligsocialt|boligsocial helhedsplan|helhedsplan|kan ikke betale huslejen|kan ikke betale min husleje|kan ikke betale lejen|bagud med huslejen|bagud med husleje|skylder husleje til|skylder i husleje|huslejeregning|husleje restance|restance til boligforeningen|brev fra boligforeningen|smidt ud af boligen|bliver smidt ud|risikerer at blive sat ud|risiko for udsættelse|fogeden kommer|sat ud af boligen',
    {},
  ),
  c(
    'bolig',
    'bolig',
    'bolig|boliger|lejlighed|lejligheder|hus|hjem|bopæl|boligsøgning|finde en bolig|mangler en bolig|boligproblemer|almen bolig|almene boliger|boligforening|boligorganisation|boligselskab|ungdomsbolig|ungdomsboliger|kollegie|kollegieværelse|værelse|venteliste|akut boligbehov|boliganvisning|kommunal anvisning|har brug for en bolig|søger bolig|søger lejlighed|finde en lejlighed|finde et sted at bo|sted at bo|billig bolig|billig lejlighed|billige boliger|akut bolig|boligmangel|bolig til unge|bolig til enlige|lejebolig|lejeboliger|boligen|lejligheden',
    { broad: true },
  ),
  c(
    'naboer',
    'bolig',
    'nabo|naboer|nabostridigheder|naboskab|larm fra naboen|naboklager|nabohjælp|beboerhus|beboerrådgiver|beboerforening|beboerrådgivning|beboere|boligområde|boligområdet|lokalområde|lokalområdet|kvarter|kvarteret|bydel|udsat boligområde|ghetto|parallelsamfund',
    { broad: true },
  ),
  c(
    'fugt',
    'bolig',
    'fugt|skimmel|skimmelsvamp|dårligt indeklima|indeklima|kulde i lejligheden|kan ikke varme boligen op|varmeregning|energiforbrug|lejeklage|huslejenævn|skimmelsvamp i lejligheden|svamp i lejligheden|sort skimmel|sort svamp|fugtig lejlighed|fugtigt|fugtskader|koldt i lejligheden|kold lejlighed|kan ikke betale varmen|varmen er dyr|høj varmeregning|energifattigdom|elregning|elregningen|strømregning|høj elregning|utæt vindue|træk fra vinduerne',
    {},
  ),
  c(
    'flytning',
    'bolig',
    'flytning|flytte|flyttet|nytilflytter|nytilflyttere|ny i kommunen|ny i byen|lige flyttet|flyttet hertil|tilflytter|tilflyttere|velkomstpakke|skal flytte|har lige flyttet|ny i området|kender ikke byen|kender ikke området|ny tilflytter',
    {},
  ),
];
