// Health behaviour (KRAMS and sleep): smoking, food, alcohol, exercise, sleep, weight.
import { concept as c } from '../define';

const tobak = ['Rygning', 'Tobaksafvænning', 'Nikotin- og tobaksafvænning'];
const kost = ['Kost', 'Kostvejledning'];
const motion = ['Motion', 'Fysisk træning', 'Vejledning og introduktion til fysiske aktiviteter'];

export const levevaner = [
  c(
    'rygestop',
    'levevaner',
    'rygestop|holde op med at ryge|stoppe med at ryge|stop med at ryge|kvitte smøgerne|kvit smøgerne|tobaksafvænning|rygeafvænning|rygeophør|blive røgfri|røgfri',
    { needs: tobak, fsiii: 'Tobaksafvænning' },
  ),
  c(
    'rygning',
    'levevaner',
    'rygning|ryger|ryge|smøger|smøg|cigaretter|cigaret|tobak|rulletobak|pibe|cerutter|cigarer|tobaksrygning|kæderyger|storryger',
    { needs: tobak, fsiii: 'Tobak og nikotin' },
  ),
  c(
    'nikotin',
    'levevaner',
    'nikotin|nikotinafhængighed|nikotinplaster|nikotintyggegummi|nikotinerstatning|nikotinprodukter',
    { needs: tobak, fsiii: 'Nikotin- og tobaksafvænning' },
  ),
  c('snus', 'levevaner', 'snus|nikotinposer|nikotinpose|snuser|tyggetobak|skrå', { needs: tobak }),
  c('e-cigaret', 'levevaner', 'e-cigaret|e-cigaretter|vape|vaper|vaping|dampe|damper|dampning|elektronisk cigaret', {
    needs: tobak,
  }),
  c('passiv-rygning', 'levevaner', 'passiv rygning|røgfrit hjem|røg i hjemmet|røgfri graviditet', { needs: tobak }),
  c(
    'kost',
    'levevaner',
    'kost|kostvaner|spisevaner|madvaner|sund mad|spise sundt|spise sundere|sundere mad|madpakke|kostråd|de officielle kostråd',
    { needs: kost, fsiii: 'Kostvejledning' },
  ),
  c(
    'ernaering',
    'levevaner',
    'ernæring|ernæringsvejledning|ernæringsrådgivning|ernæringsterapeut|klinisk diætist|diætist|diætister|diætvejledning|diætbehandling',
    { needs: ['Kost', 'Kostvejledning', 'Diætbehandling'], fsiii: 'Diætbehandling' },
  ),
  c(
    'madlavning',
    'levevaner',
    'madlavning|lave mad|madlavningskursus|kokkeskole|fællesspisning|køkkenhold|madværksted|lære at lave mad',
    { needs: ['Kost', 'Madlavning i praksis'], fsiii: 'Madlavning i praksis' },
  ),
  c(
    'overvaegt',
    'levevaner',
    'overvægt|fedme|svær overvægt|vægttab|tabe sig|tabe mig|tabe et par kilo|smide kiloene|for tyk|tyk|buttet|slankekur|slanke sig|kiloene|vægtstop|bmi|adipositas|overvægtig|overvægtige',
    { needs: kost, fsiii: 'Problemer med overvægt' },
  ),
  c(
    'undervaegt',
    'levevaner',
    'undervægt|taber sig uden grund|for tynd|spiser for lidt|manglende appetit|dårlig appetit|appetitløshed|småtspisende|vægttab hos ældre|underernæring|fejlernæring|underernæret|tabt sig|har tabt sig|tabt sig meget|tabt mange kilo|spiser ikke|spiser ikke noget|spiser næsten ingenting|spiser næsten ikke|vil ikke spise|ingen appetit|har ingen appetit|mistet appetitten|mangler appetit|appetitten er væk|uplanlagt vægttab|utilsigtet vægttab|ufrivilligt vægttab|taber sig|er blevet tynd',
    { needs: ['Kost', 'Diætbehandling'], fsiii: 'Problemer med undervægt' },
  ),
  c('sukker-sodavand', 'levevaner', 'sodavand|slik|sukker|energidrik|energidrikke|sukkerforbrug|søde sager', {
    broad: true,
    needs: kost,
  }),
  c('vaegt', 'levevaner', 'vægt|kropsvægt|sund vægt|vægtkonsultation|vægtforløb', {
    broad: true,
    needs: kost,
    fsiii: 'Vægt',
  }),
  c(
    'motion',
    'levevaner',
    'motion|træning|træne|motionere|bevægelse|fysisk aktivitet|fysisk aktiv|røre sig|komme i gang med at røre sig|være aktiv|sport|idræt|dyrke motion|komme i form|i bedre form',
    { broad: true, needs: motion, fsiii: 'Fysisk aktivitet' },
  ),
  c(
    'holdtraening',
    'levevaner',
    'holdtræning|motionshold|træningshold|træne sammen med andre|træningsfællesskab|motionsfællesskab',
    { needs: motion },
  ),
  c(
    'styrketraening',
    'levevaner',
    'styrketræning|fitness|fitnesscenter|vægttræning|muskeltræning|opbygge muskler|styrke|træningscenter',
    { needs: motion, fsiii: 'Fysisk træning' },
  ),
  c(
    'kondition',
    'levevaner',
    'kondition|kondi|konditionstræning|pusten|udholdenhed|puste|forpustet|løbetræning|løb|løbe|start to run|begynderløb',
    { needs: motion, fsiii: 'Udholdenhed' },
  ),
  c(
    'gaatur',
    'levevaner',
    'gåtur|gåture|gå ture|gåhold|gå-hold|gåklub|stavgang|nordic walking|vandring|vandretur|vandreture',
    { needs: motion },
  ),
  c('cykling', 'levevaner', 'cykling|cykle|cykeltur|cykelhold|cykelture|lære at cykle|cykelkursus', { needs: motion }),
  c('yoga', 'levevaner', 'yoga|pilates|tai chi|qigong|udstrækning|stræk|smidighed', { needs: motion }),
  c('dans', 'levevaner', 'dans|danse|dansehold|linedance|zumba|seniordans', { needs: motion }),
  c(
    'vandtraening',
    'levevaner',
    'vandtræning|varmtvandstræning|varmtvandsbassin|vandgymnastik|aquafitness|svømning|svømme|svømmehal|bassintræning|bassin',
    { needs: motion },
  ),
  c(
    'inaktivitet',
    'levevaner',
    'inaktiv|inaktivitet|sidder for meget|stillesiddende|sofakartoffel|kommer ikke ud af sofaen|bevæger mig for lidt|bevæger sig for lidt',
    { needs: motion, fsiii: 'Fysisk aktivitet' },
  ),
  c(
    'soevn',
    'levevaner',
    'søvn|sove|sover|søvnproblemer|søvnbesvær|søvnløshed|insomni|kan ikke sove|sover dårligt|ligger vågen|vågner om natten|sovepiller|sovemedicin|søvnrytme|døgnrytme|træt om morgenen|søvnskole|søvnhygiejne',
    { needs: ['Søvn'], fsiii: 'Søvnproblemer', shared: ['sovepiller'] },
  ),
  c('snorken', 'levevaner', 'snorken|snorker|søvnapnø|vejrtrækningspauser|søvnapnøe', { needs: ['Søvn'] }),
  c(
    'skaermtid',
    'levevaner',
    'skærmtid|skærm|gaming|gamer|computerspil|spiller computer|mobilen|mobiltelefon|sociale medier|tiktok|skærmforbrug|for meget skærm|skærmafhængighed',
    { needs: ['Søvn', 'Stress'] },
  ),
  c(
    'tandsundhed',
    'levevaner',
    'tandsundhed|tænder|tandpleje|tandlæge|omsorgstandpleje|børnetandpleje|hul i tænderne|tandbørstning|tandproblemer|specialtandpleje',
    {},
  ),
  c(
    'sundhedstjek',
    'levevaner',
    'sundhedstjek|helbredstjek|lægetjek|sundhedssamtale|forebyggende samtale|sundhedsprofil|tjek af helbredet|blodtryksmåling|måle blodtrykket',
    { needs: ['Afklarende samtale'] },
  ),
  c('sol-hud', 'levevaner', 'solskoldning|solarium|solbeskyttelse|modermærker|hudkræft', {}),
  c(
    'sundhed',
    'levevaner',
    'sundhed|sund|sundere|sundt liv|sunde vaner|livsstil|levevis|livsstilsændring|vaner|gode vaner|ændre vaner',
    { broad: true, fsiii: 'Sundhedsadfærd' },
  ),
];
