// Language and migration: Danish lessons, interpreters, newcomers, other languages.
import { concept as c } from '../define';

export const sprog = [
  c(
    'tolk',
    'sprog',
    'tolk|tolke|tolkning|tolkebistand|med tolk|brug for tolk|behov for tolk|tolkeordning|videotolk|telefontolk|kan ikke dansk|taler ikke dansk|forstår ikke dansk|dårligt dansk|lidt dansk|ikke så godt dansk',
    {},
  ),
  c(
    'danskundervisning',
    'sprog',
    'danskundervisning|dansk for udlændinge|danskkursus|danskkurser|sprogskole|sprogcenter|sprogcentret|lære dansk|lære at tale dansk|danskuddannelse|dansk som andetsprog|sprogcafé|sprogtræning|sprogpraktik|sprogven|sprogvenner|snakke dansk|øve dansk|tale dansk',
    {},
  ),
  c(
    'flygtning',
    'sprog',
    'flygtning|flygtninge|indvandrer|indvandrere|indvandrerkvinder|nydansker|nydanskere|nyankommen|nyankomne|nyankomne flygtninge|integration|integrationsprogram|integrationsydelse|selvforsørgelses- og hjemrejseprogram|familiesammenføring|familiesammenført|asyl|asylansøger|asylansøgere|opholdstilladelse|ukrainer|ukrainere|ukrainske flygtninge|krigsflygtning|minoritet|minoriteter|etniske minoriteter|anden etnisk baggrund|anden etnisk herkomst|tosproget|tosprogede|tosprogede børn|bydelsmødre|bydelsmor|kulturmøde|kulturforskelle|ny i danmark|nye i danmark|sundhed for nydanskere',
    {},
  ),
  c(
    'sprog-arabisk',
    'sprog',
    'arabisk|arabisktalende|arabere|irak|irakisk|syrien|syrisk|syrer|syrere|libanon|libanesisk|palæstina|palæstinensisk|marokko|marokkansk',
    { broad: true },
  ),
  c('sprog-tyrkisk', 'sprog', 'tyrkisk|tyrkisktalende|tyrker|tyrkere|tyrkiet|kurdisk|kurder|kurdere', { broad: true }),
  c('sprog-somali', 'sprog', 'somali|somalisk|somalier|somaliere|somalia', { broad: true }),
  c(
    'sprog-urdu',
    'sprog',
    'urdu|pakistansk|pakistaner|pakistanere|pakistan|punjabi|hindi|indisk|tamil|tamilsk|sri lanka',
    { broad: true },
  ),
  c('sprog-persisk', 'sprog', 'farsi|persisk|dari|afghansk|afghaner|afghanere|afghanistan|iran|iransk|pashto', {
    broad: true,
  }),
  c('sprog-ukrainsk', 'sprog', 'ukrainsk|ukraine|russisk|russisktalende|rusland', { broad: true }),
  c(
    'sprog-engelsk',
    'sprog',
    'engelsk|english|engelsktalende|in english|på engelsk|international|expat|expats|udenlandsk arbejdskraft',
    { broad: true },
  ),
  c('sprog-polsk', 'sprog', 'polsk|polen|polak|polakker|rumænsk|rumænien|litauisk|østeuropæisk|østeuropæere|bulgarsk', {
    broad: true,
  }),
  c('sprog-tigrinya', 'sprog', 'tigrinya|eritreisk|eritreer|eritrea|amharisk|etiopisk', { broad: true }),
  c(
    'sprog-bosnisk',
    'sprog',
    'bosnisk|bosnier|serbisk|kroatisk|serbokroatisk|albansk|kosovo|vietnamesisk|thai|thailandsk|filippinsk|tagalog|kinesisk',
    { broad: true },
  ),
];
