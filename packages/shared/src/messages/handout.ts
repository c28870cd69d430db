// Texts of the hand-out to the citizen (issue 12): courses in time, the public address, SMS, languages,
// the Excel round trip.

/**
 * The fixed strings of the citizen-facing hand-out in Danish (keys: HANDOUT_TEXT_KEYS). Every other
 * language keeps its own as data (HandoutLanguage.texts); a missing one falls back to these. "{date}" in a
 * string is replaced by a date and "{municipality}" by the name of the offer's municipality
 * (fillHandoutText); the format words name the codes of Offer.formats.
 */
const texts = {
  intro: 'Et sundhedstilbud fra kommunen',
  what: 'Hvad er det?',
  where: 'Hvor?',
  when: 'Hvornår?',
  cost: 'Hvad koster det?',
  free: 'Gratis',
  eligibility: 'Hvem kan være med?',
  signUp: 'Sådan melder du dig til',
  about: 'Om tilbuddet',
  contact: 'Kontakt',
  phone: 'Telefon',
  email: 'E-mail',
  qr: 'Scan koden med din telefon for at læse mere',
  partlyDanish: 'Nogle dele findes kun på dansk.',
  notTranslated: 'Tilbuddet er ikke oversat endnu. Det vises på dansk.',
  readMore: 'Læs mere om tilbuddet',
  hello: 'Hej',
  privacy: 'Du får denne besked, fordi du bad en medarbejder om at sende den. Kommunen har ikke gemt din adresse.',
  questions: 'Spørgsmål? Kontakt',
  smsIntro: 'Tilbud fra kommunen:',
  courseEnded: 'Næste hold ikke fastlagt (sidste hold sluttede {date})',
  courseEndedShort: 'Næste hold ikke fastlagt',
  courseNext: 'Næste hold starter {date}',
  ages: 'Alder',
  languages: 'Sprog',
  formats: 'Form',
  updated: 'Senest ændret',
  printFooter: 'Udskrevet {date} fra {municipality}s tilbudskatalog',
  regards: 'Venlig hilsen',
  formatHold: 'På hold',
  formatIndividuel: 'Individuelt',
  formatOnline: 'Online',
  formatTelefon: 'Over telefonen',
  formatDropIn: 'Drop-in (uden tilmelding)',
  courseEndedContact: 'Kontakt os for at høre, hvornår der er et nyt hold.',
  alert: 'Bemærk',
  booking: 'Tilmelding',
  accessibility: 'Tilgængelighed',
  interpreter: 'Der kan bestilles tolk.',
};

export const handoutMessages = {
  course: {
    /** Every scheduled course has ended (offerCourses.ts): never "Aktiv" for such an offer. */
    ended: (last: string) => texts.courseEnded.replace('{date}', last),
    endedShort: texts.courseEndedShort,
    next: (day: string) => texts.courseNext.replace('{date}', day),
    /** The e-mail's line for an offer whose courses have ended. */
    endedMail: (last: string) => `${texts.courseEnded.replace('{date}', last)}. ${texts.courseEndedContact}`,
  },
  /** The public page's words to the citizen (the offer page's are the worker's). */
  citizen: {
    howToGetIn: 'Sådan kommer du med',
    eligibility: 'Hvem kan være med',
  },
  /** The e-mail's and text message's link to the offer's public page. */
  publicLink: 'Læs mere om tilbuddet',
  /** The print sheet without a configured public address (SUNDHED_PUBLIC_URL): no QR code. */
  noPublicAddress: 'Der er ikke sat en offentlig adresse op, så arket har ingen QR-kode. Kontakt Sundhedsstaben.',
  texts,
  /**
   * "{municipality}" when the offer's municipality is not known (a device's copy saved before the name was
   * in it; the data model gives every offer one): no page names a municipality that is not the offer's.
   */
  anyMunicipality: 'kommunen',
  /** The staff's words about languages and translations. */
  translation: {
    title: 'Oversættelser',
    intro:
      'Borgerens resumé af tilbuddet på andre sprog. Det, der ikke er oversat, vises på dansk, og borgeren får det at vide.',
    languagesTitle: 'Sprog til borgeren',
    language: 'Sprog',
    danish: 'Dansk',
    chooseLanguage: 'Sprog til borgeren',
    name: 'Navn',
    nativeName: 'Navn på sproget selv',
    direction: 'skal være venstre mod højre eller højre mod venstre',
    directionLabel: 'Skriftretning',
    ltr: 'Venstre mod højre',
    rtl: 'Højre mod venstre',
    shortDescription: 'Kort beskrivelse',
    description: 'Beskrivelse',
    eligibility: 'Hvem kan være med',
    empty: 'eller en anden del af oversættelsen skal udfyldes',
    codeShape: 'Sprogkoden skal være to små bogstaver (ISO 639-1, fx ar for arabisk)',
    unknownLanguage: 'Sproget findes ikke på listen over sprog til borgeren',
    save: 'Gem oversættelse',
    edit: (language: string) => `Oversæt til ${language.toLowerCase()}`,
    saved: 'Oversættelsen er gemt.',
    missing: 'Ikke oversat',
    translated: (n: number, of: number) => `${n} af ${of} dele oversat`,
    printIn: (language: string) => `Udskriv på ${language}`,
    publicIn: (language: string) => `Offentlig side på ${language}`,
  },
  /** Places and times in the Excel round trip (issue 12 item 5): two files linked to the offer file. */
  lists: {
    weekday: 'skal være en ugedag (mandag, tirsdag … søndag)',
    notInOfferFile:
      'Tilbuddet findes ikke i tilbudsfilen. Tag tilbuddets række med i tilbudsfilen, eller ret Tilbud-ID',
    files: { tilbud: 'Tilbud', steder: 'Steder', tider: 'Tider' } as Record<string, string>,
    exportPlaces: 'Hent stederne som CSV',
    exportTimes: 'Hent tiderne som CSV',
    importPlaces: 'Steder (valgfri CSV-fil)',
    importTimes: 'Tider (valgfri CSV-fil)',
    importHint:
      'Stederne og tiderne for de tilbud, filerne nævner, erstattes af filernes rækker. Et tilbud, de ikke nævner, beholder sine.',
  },
  /** A send of an offer that is not active: refused by the server, and not offered on the offer page. */
  notActive: {
    TEMPORARILY_CLOSED: 'Tilbuddet er midlertidigt lukket og kan ikke sendes til borgeren.',
    INACTIVE: 'Tilbuddet er ikke aktivt og kan ikke sendes til borgeren.',
    ENDED: 'Tilbuddet er afsluttet og kan ikke sendes til borgeren.',
  } as Record<string, string>,
  /** The offer page's notice instead of the hand-out's buttons for an offer that is not active. */
  notActiveNotice: {
    TEMPORARILY_CLOSED: 'Tilbuddet er midlertidigt lukket, så det kan ikke udskrives eller sendes til borgeren.',
    INACTIVE: 'Tilbuddet er ikke aktivt, så det kan ikke udskrives eller sendes til borgeren.',
    ENDED: 'Tilbuddet er afsluttet, så det kan ikke udskrives eller sendes til borgeren.',
  } as Record<string, string>,
  /** "Send som sms" (issue 12 item 3). */
  sms: {
    title: 'Send som sms',
    button: 'Send sms',
    phone: 'Borgerens mobilnummer',
    phoneInvalid: 'skal være 8 cifre, eller + og landekode foran',
    noLink: 'Der er ikke sat en offentlig adresse op, så sms’en kan ikke sende et link. Kontakt Sundhedsstaben.',
    refused: 'Sms-tjenesten afviste nummeret eller beskeden. Tjek nummeret, eller giv borgeren et udskrevet ark',
    failed: 'Sms-tjenesten svarer ikke lige nu. Prøv igen om lidt, eller giv borgeren et udskrevet ark.',
    outboxSubject: 'Sms',
    sent: 'Sms’en er sendt.',
    sentToOutbox: 'Der er ikke sat en sms-tjeneste op, så beskeden ligger i udbakken i 10 minutter.',
    privacy: 'Nummeret bruges kun til denne ene besked og gemmes ikke.',
  },
  /** A send's idempotency key (ADR 063): made by the browser, so a wrong one is the app's fault. */
  sendKeyInvalid: 'Udsendelsens nøgle er ugyldig. Genindlæs siden, og send igen.',
  sendStillGoing: 'Beskeden er ved at blive sendt i et andet forsøg. Vent lidt, og se i udbakken eller prøv igen.',
};
