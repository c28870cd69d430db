// More conditions, split finer so that a citizen's specific word meets the specific offer.
import { concept as c } from '../define';

const kronisk = ['Sygdomshåndtering'];

export const tilstand2 = [
  c(
    'hovedpine',
    'tilstand',
    'hovedpine|migræne|migrænepatient|spændingshovedpine|medicinoverforbrugshovedpine|hovedpineskole|ondt i hovedet',
    { needs: kronisk },
  ),
  c(
    'fibromyalgi',
    'tilstand',
    'fibromyalgi|muskelsmerter i hele kroppen|ondt over det hele|ømhed i musklerne|kronisk smertesyndrom|smertesyndrom',
    { needs: kronisk },
  ),
  c(
    'svimmelhed',
    'tilstand',
    'svimmelhed|svimmel|krystalsyge|øresten|ørestenssyge|vertigo|verdens går rundt|det snurrer',
    {},
  ),
  c(
    'tinnitus',
    'tilstand',
    'tinnitus|susen for ørerne|ringen for ørerne|lyde i ørerne|pibende ører|lydoverfølsomhed|susen i ørerne|det suser for ørerne|suser i ørerne|suser for ørerne|ringer for ørerne|ringen i ørerne|øresusen|hyletone|hylen for ørerne|brummen i ørerne',
    {},
  ),
  c(
    'allergi',
    'tilstand',
    'allergi|allergiker|allergisk|høfeber|pollenallergi|fødevareallergi|nøddeallergi|kontaktallergi|astma og allergi',
    {},
  ),
  c(
    'eksem',
    'tilstand',
    'eksem|børneeksem|atopisk eksem|psoriasis|psoriasisgigt|udslæt|kløe|tør hud|hudsygdom|hudsygdomme|akne|bumser|rosacea',
    {},
  ),
  c(
    'prostata',
    'tilstand',
    'prostata|forstørret prostata|tisse om natten|svag stråle|prostataproblemer|mandesundhed|mænds sundhed|mandehelse|mandesygdomme',
    {},
  ),
  c(
    'baekkenbund',
    'tilstand',
    'bækkenbund|bækkenbundstræning|bækkenbundsøvelser|knibeøvelser|svag bækkenbund|efter fødslen|bristning|fødselsskade|underlivet|underlivssmerter|nedsynkning|nedsunken livmoder|endometriose|menstruationssmerter|menssmerter|pcos',
    {},
  ),
  c(
    'hjerneskade',
    'tilstand',
    'hjerneskade|erhvervet hjerneskade|hjerneskadet|hjerneskadede|skade i hjernen|senhjerneskade|kognitive senfølger|hjernerystelse|hjernerystelser|post-commotionelt syndrom|hovedtraume',
    { needs: ['Færdighedstræning'], fsiii: 'Kognitive problemer' },
  ),
  c(
    'hjertesvigt',
    'tilstand',
    'hjertesvigt|svagt hjerte|hjerteinsufficiens|væske i kroppen|væske i lungerne|hævede ankler',
    { needs: kronisk },
  ),
  c(
    'hjerteflimmer',
    'tilstand',
    'hjerteflimmer|atrieflimren|forkammerflimren|hjertebanken|uregelmæssig puls|hjerterytmeforstyrrelse|pacemaker|icd-enhed',
    { needs: kronisk },
  ),
  c(
    'long-covid',
    'tilstand',
    'long covid|senfølger efter covid|efter corona|post covid|postcovid|langvarig covid|ikke kommet mig over corona',
    { needs: kronisk },
  ),
  c(
    'traethed',
    'tilstand',
    'træthed|altid træt|udmattelse|udmattet|kronisk træthed|fatigue|kræftrelateret træthed|ingen energi|mangler energi|energiforvaltning|træthedssyndrom|drænet for energi|energiløs|doven|sløv|sløvhed',
    { fsiii: 'Energi og handlekraft' },
  ),
  c(
    'stofskifte',
    'tilstand',
    'stofskifte|stofskiftesygdom|lavt stofskifte|højt stofskifte|hypothyreose|hyperthyreose|skjoldbruskkirtel',
    {},
  ),
  c(
    'leversygdom',
    'tilstand',
    'leversygdom|skrumpelever|fedtlever|leveren|leverskade|levercirrose|leverbetændelse|hepatitis',
    {},
  ),
  c('epilepsi', 'tilstand', 'epilepsi|epileptiker|epileptisk anfald|krampeanfald|kramper|anfald', {}),
  c('ms', 'tilstand', 'multipel sklerose|dissemineret sklerose|sclerose|sklerose|ms|ms-patient|sklerosepatient', {
    needs: kronisk,
  }),
  c(
    'als',
    'tilstand',
    'als|muskelsvind|amyotrofisk lateral sklerose|neuromuskulær sygdom|neuromuskulære sygdomme|polio|postpolio',
    { needs: kronisk },
  ),
  c(
    'neurologisk',
    'tilstand',
    'neurologisk sygdom|neurologiske sygdomme|neurologisk|nervesygdom|nervesygdomme|neuropati|nervesmerter|prikken i fødderne|føleforstyrrelser',
    { needs: kronisk },
  ),
  c(
    'afasi',
    'tilstand',
    'afasi|afatiker|afasiramt|mister ordene|finder ikke ordene|ordmobilisering|tale efter blodprop|sprog efter blodprop|kan ikke finde ordene|kan ikke finde ord|finder ikke ord|mangler ordene|svært ved at finde ord|svært ved at finde ordene|taleproblemer|kan ikke tale ordentligt|sprogforstyrrelse|sprogvanskeligheder efter blodprop|ordene forsvinder',
    { fsiii: 'Problemer med kommunikation' },
  ),
  c('stammen', 'tilstand', 'stammer|stammen|stammende|stammebehandling|løbsk tale|taleflydende', {}),
  c('tryksaar', 'tilstand', 'tryksår|liggesår|trykaflastning|sårforebyggelse', { fsiii: 'Problemer med tryksår' }),
  c(
    'bensaar',
    'tilstand',
    'bensår|venøst sår|arterielt sår|diabetisk fodsår|fodsår|sår på benene|sår der ikke heler|kompressionsstrømper|kompressionsbehandling',
    { fsiii: 'Problemer med venøst sår' },
  ),
  c(
    'amputation',
    'tilstand',
    'amputation|amputeret|amputerede|benprotese|armprotese|protese|fantomsmerter|mistet et ben',
    {},
  ),
  c(
    'lammelse',
    'tilstand',
    'lammelse|lammet|halvsidig lammelse|rygmarvsskade|rygmarvsskadet|tværsnitslammet|tetraplegi|paraplegi|spasticitet|spastisk|spastiker|cerebral parese|spastisk lammelse',
    {},
  ),
  c(
    'hoste',
    'tilstand',
    'hoste|hoster|kronisk hoste|rygerhoste|slim|slim i lungerne|hoster slim|luftvejsinfektioner',
    {},
  ),
  c(
    'graviditetsgener',
    'tilstand',
    'graviditetsgener|graviditetskvalme|kvalme i graviditeten|bækkenløsning|bækkensmerter|ondt i bækkenet|plukveer|graviditetsforgiftning|svangerskabsforgiftning|høj risiko-graviditet|risikograviditet',
    {},
  ),
  c('blaere', 'tilstand', 'blærebetændelse|urinvejsinfektion|kateter|blærekateter|overaktiv blære|blæretræning', {
    fsiii: 'Problemer med vandladning',
  }),
  c(
    'gigt-ryg',
    'tilstand',
    'morbus bechterew|bechterews sygdom|rygsøjlegigt|urinsyregigt|podagra|slidgigt i ryggen|slidgigt i nakken|spinalstenose',
    { needs: kronisk },
  ),
  c(
    'kvindesundhed',
    'tilstand',
    'kvindesundhed|kvinders sundhed|kvindesygdomme|kvindeliv|livmoderhalskræft|celleforandringer|mammografi|screening for brystkræft|underlivsundersøgelse',
    {},
  ),
  c(
    'adhd-voksne',
    'psyke',
    'voksen med adhd|voksne med adhd|adhd som voksen|fået adhd-diagnose som voksen|adhd-coaching|adhd-foreningen|netværk for voksne med adhd',
    {},
  ),
  c(
    'tvang',
    'psyke',
    'tvangstanker|ocd|tvangshandlinger|tvangslidelse|tjekker igen og igen|vasker hænder hele tiden|ritualer',
    { needs: ['Mental håndtering'] },
  ),
  c(
    'social-angst',
    'psyke',
    'social angst|socialfobi|genert|generthed|bange for andre mennesker|bange for at tale foran andre|rødmer|bange for at blive set|undgår mennesker|holder mig for mig selv',
    { needs: ['Mental håndtering', 'Sociale relationer'] },
  ),
  c(
    'helbredsangst',
    'psyke',
    'helbredsangst|bange for at være syg|tror jeg er syg|googler symptomer|hypokonder|hypokondri|sygdomsangst|bange for sygdom|funktionelle lidelser|funktionel lidelse|bodily distress',
    { needs: ['Mental håndtering'] },
  ),
  c(
    'overspisning',
    'psyke',
    'overspisning|tvangsoverspisning|binge eating|trøstespisning|spiser for at trøste|følelsesmæssig spisning|spiser når jeg er ked af det|spiseanfald|kan ikke stoppe med at spise|sukkertrang|spiser sig til trøst|spiser mig til trøst|spiser for at trøste sig|trøstespiser|ædeflip|ædeanfald|overspiser|spiser i hemmelighed|spiser af trøst|trøstespise',
    { needs: ['Kost'] },
  ),
];
