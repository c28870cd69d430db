// Everyday life and practical skills: managing a home, routines, getting about.
import { concept as c } from '../define';

export const hverdag = [
  c(
    'hverdagsliv',
    'hverdag',
    'hverdagen|hverdagsliv|daglige gøremål|daglige aktiviteter|klare hverdagen|få hverdagen til at hænge sammen|struktur på hverdagen|struktur i hverdagen|rutiner|dagligdagen|hverdagens udfordringer|komme ud af sengen|kommer ikke ud af sengen|kan ikke få hverdagen til at hænge sammen|hverdagen hænger ikke sammen|kaos i hverdagen|hverdagen er kaos|overskue hverdagen|døgnrytme i hverdagen',
    { broad: true, needs: ['Færdighedstræning'], fsiii: 'Hverdagsliv' },
  ),
  c(
    'praktiske-opgaver',
    'hverdag',
    'praktiske opgaver|husholdning|husarbejde|rydde op|oprydning|rodet hjem|kaos derhjemme|samler på ting|samlemani|hoarding|lave indkøb|indkøb|vaske tøj|betale regninger|post og breve|kan ikke finde ud af post|kan ikke åbne post|åbner ikke posten|åbner ikke breve|bunker af post|bunker af breve|lejligheden flyder|flyder i lejligheden|hjemmet flyder|hjælp til at rydde op|hjælp til oprydning|samler skrald|samlertrang',
    { fsiii: 'Praktiske opgaver' },
  ),
  c(
    'adl',
    'hverdag',
    'adl|adl-træning|almindelig daglig livsførelse|selvhjulpen i hverdagen|træning af daglige færdigheder|færdighedstræning|daglige færdigheder|lære at klare sig selv',
    { needs: ['Færdighedstræning'], fsiii: 'ADL-træning' },
  ),
  c(
    'socialpaedagogisk-stoette',
    'hverdag',
    'bostøtte|socialpædagogisk støtte|støttekontaktperson|skp|skp-ordning|kontaktperson|hjælp i eget hjem|støtte i eget hjem|bostøttemedarbejder|paragraf 85|85-støtte|mentor|mentorordning|hjælp til struktur|følgeskab|én der kommer hjem til mig|hjælp til at komme op|hjælp til at komme ud af døren|hjælp til at komme afsted|støtteperson|bostøtten|støtte til at bo selv|bo i egen bolig med støtte',
    {},
  ),
  c(
    'botilbud',
    'bolig',
    'botilbud|bosted|bosteder|opgangsfællesskab|bofællesskab|bofællesskaber|støttet bolig|midlertidigt botilbud|længerevarende botilbud|socialpsykiatrisk botilbud|skæve huse|skæve boliger|kollegie med støtte|bosted for psykisk syge|bosted for unge|bosted for udviklingshæmmede|boform med støtte|botilbuddet|opholdssted for voksne|bofællesskabet|bofællesskab for unge',
    {},
  ),
  c(
    'vaeresteder',
    'fællesskab',
    'værested|væresteder|cafe for socialt udsatte|varmestue|varmestuer|dagcenter for udsatte|kirkens korshær|blå kors|natcafé|gadeplan|gadeplansmedarbejder|opsøgende medarbejder|opsøgende arbejde|opsøgende team|feltarbejde|væresteder for psykisk sårbare|værestedet|varmestuen|café for hjemløse|suppekøkkenet|kirkens korshærs|frelsens hær|mændenes hjem',
    { needs: ['Sociale relationer'] },
  ),
  c(
    'frivillig',
    'fællesskab',
    'frivillig|frivillige|frivilligt arbejde|frivilligcenter|frivilligcentre|være frivillig|blive frivillig|frivilligjob|frivillighed|foreningsliv|foreninger|forening|civilsamfund|ildsjæle',
    { broad: true, needs: ['Sociale relationer'] },
  ),
  c(
    'faellesskab',
    'fællesskab',
    'fællesskab|fællesskaber|netværk|socialt netværk|nye venner|finde venner|møde nye mennesker|møde andre|møde andre i samme situation|ligesindede|være sammen med andre|socialt samvær|hygge|socialt fællesskab|social aktivitet|sociale aktiviteter|sociale relationer|relationer|venskab|venskaber|venner|nogen at være sammen med|mennesker at være sammen med|være en del af noget|føle sig som en del af|føle mig som en del af|socialt liv|mere socialt liv|samvær med andre|komme ud blandt mennesker|komme ud blandt andre|ud blandt folk|nye bekendtskaber|få nye venner',
    { broad: true, needs: ['Sociale relationer'], fsiii: 'Sociale relationer' },
  ),
  c(
    'selvhjaelpsgruppe',
    'fællesskab',
    'selvhjælpsgruppe|selvhjælpsgrupper|selvhjælp|samtalegrupper|støttegruppe|støttegrupper|erfaringsudveksling|netværksgruppe|netværksgrupper|gruppeforløb|gruppesamtaler|peergruppe|samtalegruppe for|gruppe med ligestillede|i samme situation|andre i samme båd|dele erfaringer|dele oplevelser|snak med andre i samme situation',
    { needs: ['Sociale relationer'] },
  ),
  c(
    'kultur-fritid',
    'fællesskab',
    'fritid|fritidsaktiviteter|fritidsaktivitet|fritidsjob|fritidspas|fritidsvejleder|hobby|hobbyer|kreativ|kreative aktiviteter|kunst|male|maling|tegne|strikke|strikkeklub|håndarbejde|musik|kor|synge|fællessang|læseklub|bogklub|bibliotek|biblioteket|spilleaften|brætspil|banko|kortspil|bridge|billard|petanque|krolf|dart',
    { broad: true, needs: ['Sociale relationer'] },
  ),
  c(
    'natur',
    'fællesskab',
    'natur|naturen|udeliv|friluftsliv|friluft|ud i naturen|naturterapi|naturbaseret|skov|skovtur|skovterapi|havearbejde|nyttehave|nyttehaver|kolonihave|køkkenhave|dyrke grøntsager|havefællesskab|grønt fællesskab|dyrene|hund|heste|ridning|terapiridning|bondegård|dyreterapi',
    { broad: true },
  ),
  c(
    'maaltidsfaellesskab',
    'fællesskab',
    'spise sammen|spise sammen med andre|spiser alene|fællesmåltid|fællesmåltider|fællesspisning for ældre|madklub|madklubber|spiseklub|spiseklubber|middagsklub|åbent køkken|aftensmad sammen',
    { needs: ['Kost', 'Sociale relationer'] },
  ),
  c(
    'kompetencer-sundhed',
    'hverdag',
    'sundhedskompetence|forstå sundhedsinformation|forstå lægen|forstår ikke brevet|læse breve fra kommunen|svært ved at læse|læse og skrive|læsefærdigheder|skrivefærdigheder|regnefærdigheder|funktionel analfabet|analfabet|kan ikke læse|forstår ikke hvad lægen siger|forstår ikke lægen|forstår ikke sundhedsvæsenet|svært ved at forstå breve|forstår ikke breve|læser ikke godt|ordblind voksen|ordblinde voksne|ordblindeundervisning|fvu|avu|læse- og skrivekursus',
    { fsiii: 'Sundhedskompetence' },
  ),
  c(
    'opfoelgning',
    'hverdag',
    'opfølgning|opfølgningssamtale|opfølgende samtale|efter forløbet|efterforløb|fastholdelse|vedligeholde|holde fast i|tilbagefaldsforebyggelse|booster|boostersamtale',
    { needs: ['Opfølgning', 'Afsluttende samtale'], fsiii: 'Opfølgning' },
  ),
  c(
    'afklaring',
    'hverdag',
    'afklarende samtale|afklaringssamtale|afklaring|visitationssamtale|første samtale|indledende samtale|screening|udredning|vurdering|behovsvurdering|helbredsvurdering|startsamtale|opstartssamtale|indledende møde',
    { needs: ['Afklarende samtale', 'Behovssamtale'], fsiii: 'Afklarende samtale' },
  ),
  c(
    'raadgivning',
    'hverdag',
    'rådgivning|vejledning|gode råd|råd og vejledning|få råd|spørge om råd|samtale|samtaler|rådgiver|konsulent|anonym samtale|åben rådgivning|telefonrådgivning|chatrådgivning|chat|hvor kan jeg få hjælp|hvor får jeg hjælp',
    { broad: true },
  ),
  c(
    'kursus',
    'hverdag',
    'kursus|kurser|hold|holdforløb|forløb|undervisning|workshop|workshops|foredrag|foredragsrække|temaaften|temaaftener|infomøde|informationsmøde|café|cafeer|åbent hus|drop-in|dropin|uden tilmelding|uden henvisning|bare møde op',
    { broad: true },
  ),
  c(
    'online',
    'hverdag',
    'online|onlineforløb|online forløb|digitalt|digital|virtuel|videomøde|videosamtale|app|apps|hjemmefra|fra sofaen|over nettet|på nettet|via nettet|internet|webinar',
    { broad: true },
  ),
  c(
    'telefon',
    'hverdag',
    'telefon|telefonisk|ringe|opkald|telefonlinje|hotline|døgnåben telefon|døgnåben|døgnet rundt|hele døgnet|nat og dag|akuttelefon|telefonsamtale',
    { broad: true },
  ),
  c(
    'gratis',
    'økonomi',
    'gratis|uden betaling|koster ikke noget|koster intet|det er gratis|betaler ikke|uden egenbetaling|kvit og frit|vederlagsfri|vederlagsfrit|gratis tilbud|uden udgift|0 kr',
    { broad: true },
  ),
];
