// Money: debt, budget, poverty, benefits.
import { concept as c } from '../define';

export const oekonomi = [
  c(
    'gaeld',
    'økonomi',
    'gæld|gældsrådgivning|gældsproblemer|gældsramt|i gæld|skylder penge|skylder|kviklån|sms-lån|forbrugslån|inkasso|rykkere|rykker|fogeden|fogedret|udpantning|lønindeholdelse|skattegæld|restance|restancer|gældssanering|gældsrådgiver|kan ikke betale|ubetalte regninger',
    {},
  ),
  c(
    'budget',
    'økonomi',
    'budget|budgetlægning|lægge budget|husholdningsbudget|få pengene til at slå til|styr på økonomien|styr på pengene|regninger|mangler penge|pengene slipper op|ved ikke hvor pengene bliver af',
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
    'fattigdom|fattig|fattige|lav indkomst|lavindkomst|lavindkomstfamilie|lavindkomstfamilier|trang økonomi|stram økonomi|dårlig økonomi|fattige børn|børnefattigdom|økonomisk udsat|økonomisk trængt|trængte familier|ikke råd|har ikke råd|råd til|madhjælp|madbank|fødevarebank|madkasser|julehjælp|julekurv|tøjbank|genbrugsbutik|nødhjælp|nødhjælpskasse|enkeltydelse|hjælp til enkeltudgifter',
    {},
  ),
  c(
    'ydelser',
    'økonomi',
    'ydelser|sociale ydelser|boligstøtte|boligsikring|boligydelse|børnecheck|børnefamilieydelse|børnetilskud|friplads|økonomisk friplads|fripladstilskud|helbredstillæg|personligt tillæg|varmetillæg|ældrecheck|tilskud|tilskud til medicin|medicintilskud|kronikertilskud|tilskud til tandbehandling|tilskud til briller|dækker udgifter|udbetaling danmark|merudgifter',
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
