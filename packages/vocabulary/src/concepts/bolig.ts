// Housing: homelessness, eviction, neighbours, a home that does not work.
import { concept as c } from '../define';

export const bolig = [
  c(
    'hjemloeshed',
    'bolig',
    'hjemløs|hjemløse|hjemløshed|uden bolig|uden fast bopæl|ingen bolig|har ingen bolig|har ikke et sted at bo|intet sted at bo|sover på gaden|sover ude|gadesover|gadesovere|sofasurfer|sofasurfing|sover hos venner|sover på sofaen hos|herberg|herberger|forsorgshjem|natvarmestue|nødovernatning|natherberg|boform|housing first|gaden',
    {},
  ),
  c(
    'udsaettelse',
    'bolig',
    'udsættelse|udsat af lejligheden|sat ud|sættes ud|smidt ud|smidt ud af lejligheden|huslejerestance|kan ikke betale husleje|husleje|huslejen|opsigelse af lejemål|opsagt fra lejligheden|fraflytning|udsættelsesforebyggelse|boligsocial|boligsocial medarbejder|boligsociale|boligsocialt|boligsocial helhedsplan|helhedsplan',
    {},
  ),
  c(
    'bolig',
    'bolig',
    'bolig|boliger|lejlighed|lejligheder|hus|hjem|bopæl|boligsøgning|finde en bolig|mangler en bolig|boligproblemer|almen bolig|almene boliger|boligforening|boligorganisation|boligselskab|ungdomsbolig|ungdomsboliger|kollegie|kollegieværelse|værelse|venteliste|akut boligbehov|boliganvisning|kommunal anvisning',
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
    'fugt|skimmel|skimmelsvamp|dårligt indeklima|indeklima|kulde i lejligheden|kan ikke varme boligen op|varmeregning|energiforbrug|lejeklage|huslejenævn',
    {},
  ),
  c(
    'flytning',
    'bolig',
    'flytning|flytte|flyttet|nytilflytter|nytilflyttere|ny i kommunen|ny i byen|lige flyttet|flyttet hertil|tilflytter|tilflyttere|velkomstpakke',
    {},
  ),
];
