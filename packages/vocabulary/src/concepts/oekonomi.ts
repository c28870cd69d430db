// Money: debt, budget, poverty, benefits.
import { concept as c } from '../define';

export const oekonomi = [
  c(
    'gaeld',
    'økonomi',
    'gæld|gældsrådgivning|gældsproblemer|gældsramt|i gæld|skylder penge|skylder|kviklån|sms-lån|forbrugslån|inkasso|rykkere|rykker|fogeden|fogedret|udpantning|lønindeholdelse|skattegæld|restance|restancer|gældssanering|gældsrådgiver|kan ikke betale|ubetalte regninger|jeg skylder|skylder penge væk|skylder mange penge|skylder skat|skylder husleje|kæmpe gæld|stor gæld|gæld til|gælden|gældsat|i minus|i overtræk|overtræk|mit kort er spærret|spærret kort|lån|lånt penge|lånt for mange penge|mange lån|hurtige lån|lån på nettet|inkassobrev|inkassosag|rykkerbreve|rykkerbrev|fogedsag|fogedmøde|retten i|betalingsstandsning|gældssanering ansøgning|debitor|kreditorer|afdragsordning|afdrag|betalingsaftale',
    {},
  ),
  c(
    'budget',
    'økonomi',
    'budget|budgetlægning|lægge budget|husholdningsbudget|få pengene til at slå til|styr på økonomien|styr på pengene|regninger|mangler penge|pengene slipper op|ved ikke hvor pengene bliver af|hjælp til budget|hjælp til at lægge budget|hjælp til økonomi|hjælp til økonomien|hjælp til at styre økonomien|hjælp med pengene|hjælp til at styre pengene|kan ikke styre pengene|kan ikke styre min økonomi|penge slipper op|pengene rækker ikke|pengene slår ikke til|penge til sidst på måneden|sidst på måneden|løbet tør for penge|løber tør for penge|tom konto|kontoen er tom|ingen penge|ingen penge tilbage|har ingen penge|ikke flere penge|mangler penge til mad|råd til mad|budgetrådgivning|budgetskema|husholdningsregnskab|økonomisk overblik|overblik over økonomien',
    {},
  ),
  c(
    'oekonomisk-raadgivning',
    'økonomi',
    'økonomisk rådgivning|økonomisk rådgiver|pengerådgivning|den økonomiske rådgivning|penge problemer|pengeproblemer|økonomiske problemer|økonomiske bekymringer|penge|pengene|økonomi|privatøkonomi|økonomisk vejledning',
    { broad: true },
  ),
  c(
    'fattigdom',
    'økonomi',
    'fattigdom|fattig|fattige|lav indkomst|lavindkomst|lavindkomstfamilie|lavindkomstfamilier|trang økonomi|stram økonomi|dårlig økonomi|fattige børn|børnefattigdom|økonomisk udsat|økonomisk trængt|trængte familier|ikke råd|har ikke råd|råd til|madhjælp|madbank|fødevarebank|madkasser|julehjælp|julekurv|tøjbank|genbrugsbutik|nødhjælp|nødhjælpskasse|enkeltydelse|hjælp til enkeltudgifter|har ikke råd til mad|har ikke råd til regningerne|har ikke råd til medicin|har ikke råd til tandlæge|har ikke råd til fritidsaktiviteter|ikke råd til fritid|fattig familie|fattige familier|lav løn|lille indkomst|små penge|få penge|lever for lidt|på kontanthjælpsloft|kontanthjælpsloftet|225-timersreglen|julehjælpen|konfirmationshjælp|hjælp til jul|sommerferiehjælp|ferielejr|gratis ferie|hjælp til tøj|hjælp til skolemad',
    {},
  ),
  c(
    'ydelser',
    'økonomi',
    'ydelser|sociale ydelser|boligstøtte|boligsikring|boligydelse|børnecheck|børnefamilieydelse|børnetilskud|friplads|økonomisk friplads|fripladstilskud|helbredstillæg|personligt tillæg|varmetillæg|ældrecheck|tilskud|tilskud til medicin|medicintilskud|kronikertilskud|tilskud til tandbehandling|tilskud til briller|dækker udgifter|udbetaling danmark|merudgifter|hvad kan jeg få|hvad har jeg ret til|hvad har jeg krav på|ret til hjælp|søge tilskud|ansøge om tilskud|økonomisk hjælp|økonomisk støtte|hjælp til betaling|støtte til medicin|hjælp til tandlæge|tilskud til tandlæge|hjælp til briller|hjælp til husleje|tilskud til husleje|boligstøtten|børnepenge|børnechecken|børne- og ungeydelse|lommepenge fra kommunen|hjælp til enkeltudgift|enkeltudgifter|akut hjælp til penge|nødhjælp penge',
    {},
  ),
  c(
    'egenbetaling',
    'økonomi',
    'egenbetaling|pris|koster|hvad koster|hvor meget koster|betaling|deltagerbetaling|gebyr|brugerbetaling|kontingent|billigt|billig|rabat|nedsat pris|nedsat betaling',
    { broad: true },
  ),
  c(
    'spilleproblemer-oekonomi',
    'økonomi',
    'spillet pengene op|spillet alle pengene op|tabt penge på spil|spillegæld i familien',
    {},
  ),
];
