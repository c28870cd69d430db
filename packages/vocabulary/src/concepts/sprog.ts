// Language and migration: Danish lessons, interpreters, newcomers, other languages.
import { concept as c } from '../define';

export const sprog = [
  c(
    'tolk',
    'sprog',
    'tolk|tolke|tolkning|tolkebistand|med tolk|brug for tolk|behov for tolk|tolkeordning|videotolk|telefontolk|kan ikke dansk|taler ikke dansk|forstår ikke dansk|dårligt dansk|lidt dansk|ikke så godt dansk|tolken|tolkning til lægen|tolk til lægen|tolk til samtale|har brug for tolk|skal bruge tolk|kan ikke tale dansk|kan ikke forstå dansk|forstår ikke sproget|forstår ikke det danske|sprogbarrierer|sprogbarriere|taler kun engelsk|taler kun arabisk|tolkebestilling|gratis tolk|tolkegebyr',
    {},
  ),
  c(
    'danskundervisning',
    'sprog',
    'danskundervisning|dansk for udlændinge|danskkursus|danskkurser|sprogskole|sprogcenter|sprogcentret|lære dansk|lære at tale dansk|danskuddannelse|dansk som andetsprog|sprogcafé|sprogtræning|sprogpraktik|sprogven|sprogvenner|snakke dansk|øve dansk|tale dansk|lære sproget|lære det danske sprog|lære dansk hurtigt|dansk som fremmedsprog|danskhold|danskundervisningen|danskprøve|danskprøven|pd3|prøve i dansk|modersmål|modersmålsundervisning|sprog og kultur|træne dansk|forbedre mit dansk|blive bedre til dansk',
    {},
  ),
  c(
    'flygtning',
    'sprog',
    'flygtning|flygtninge|indvandrer|indvandrere|indvandrerkvinder|nydansker|nydanskere|nyankommen|nyankomne|nyankomne flygtninge|integration|integrationsprogram|integrationsydelse|selvforsørgelses- og hjemrejseprogram|familiesammenføring|familiesammenført|asyl|asylansøger|asylansøgere|opholdstilladelse|ukrainer|ukrainere|ukrainske flygtninge|krigsflygtning|minoritet|minoriteter|etniske minoriteter|anden etnisk baggrund|anden etnisk herkomst|tosproget|tosprogede|tosprogede børn|bydelsmødre|bydelsmor|kulturmøde|kulturforskelle|ny i danmark|nye i danmark|sundhed for nydanskere|flygtet|flygtede|flygtet fra krigen|flygtet fra|kom til danmark|kommet til danmark|kommet til landet|ny i landet|nye i landet|udlænding|udlændinge|udlændinge i danmark|migrant|migranter|arbejdsmigrant|arbejdsmigranter|indvandret|ikke-vestlig|ikke-vestlige|med anden baggrund|med udenlandsk baggrund|udenlandsk baggrund|anden kulturel baggrund|kulturelle forskelle|mødet med danmark|integrationen|integrationskonsulent|integrationsindsats|familiesammenførte|repatriering|hjemrejse|krigstraumatiserede flygtninge',
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
    'engelsk|english|engelsktalende|in english|på engelsk|international|expat|expats|udenlandsk arbejdskraft|english speaking|speaks english|only english|not danish|help in english|stress in english|internationals|international students|udlandsdansker',
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
