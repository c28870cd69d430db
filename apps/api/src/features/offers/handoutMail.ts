// The e-mail to the citizen (issue 12): the offer's public fields only, never the professional-only ones,
// in Danish or in the chosen language of the hand-out's list (ADR 043). In a language, the translated
// summary and the language's fixed strings are used; what is not translated (or has no string in that
// language: access routes, session times, places) stays Danish, and the message says so first.
import {
  accessRouteLabels,
  courseState,
  formatClockRange,
  formatDate,
  fillHandoutText,
  formatKr,
  handoutAgeRange,
  handoutMessages,
  storedScheduleDays,
  today,
  type HandoutTexts,
} from '@sundhed/shared';
import type { HandoutLanguage, OfferTranslation } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { publicOfferUrl } from './publicAddress';
import { languageView } from './translationService';
import { sessionTimesIn } from '@sundhed/shared/intlWords';

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** "Hver tirsdag kl. 10.00–12.00, fra 5.1.2027 til 9.2.2027": weekday and time of each session, then its dates. */
function sessionWhen(s: {
  weekday: number | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: Date | null;
  validTo: Date | null;
}) {
  const day = s.weekday ? `Hver ${WEEKDAYS[s.weekday - 1]}` : '';
  const time = formatClockRange(s.opensAt, s.closesAt);
  const dates = [s.validFrom ? `fra ${formatDate(s.validFrom)}` : '', s.validTo ? `til ${formatDate(s.validTo)}` : '']
    .filter(Boolean)
    .join(' ');
  const first = [day, time].filter(Boolean).join(' ');
  const text = [first, dates].filter(Boolean).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type MailOffer = NonNullable<Awaited<ReturnType<typeof loadForMail>>>;

export function loadForMail(ctx: Context, id: string, municipalityId: string) {
  return ctx.db.offer.findFirst({
    where: { id, municipalityId },
    include: {
      ownerUnit: { select: { name: true } },
      municipality: { select: { name: true } },
      locations: { orderBy: { name: 'asc' } },
      schedules: {
        include: { location: { select: { name: true } } },
        orderBy: [{ validFrom: 'asc' }, { weekday: 'asc' }],
      },
    },
  });
}

/** The words around the offer's facts: Danish, or a language's fixed strings. */
interface MailWords {
  hello: string;
  intro: (name: string, municipality: string) => string;
  who: string;
  how: string;
  where: string;
  when: string;
  cost: string;
  free: string;
  readMore: string;
  questions: string;
  privacy: string;
  /** "Alder: 18–64 år." (Danish) or "Age: 18–64." (in a language: digits only); null for no limits. */
  ages: (min: number | null, max: number | null) => string | null;
  languages: string;
  regards: string;
  /** The status line and what to do when every course has ended: never left out, in any language. */
  courseEnded: (last: string) => string;
  courseNext: (day: string) => string;
  alert: string;
  booking: string;
  accessibility: string;
  interpreter: string;
  /** The contact's phone number in the closing line ("telefon 43 57 70 00"). */
  phone: (number: string) => string;
}

const DANISH: MailWords = {
  hello: 'Hej',
  intro: (name, municipality) => `Her er oplysningerne om tilbuddet "${name}" fra ${municipality}.`,
  who: 'Hvem kan være med',
  how: 'Sådan kommer du med',
  where: 'Sted',
  when: 'Tid',
  cost: 'Pris',
  free: 'Gratis',
  readMore: handoutMessages.publicLink,
  questions: 'Spørgsmål? Kontakt',
  privacy:
    'Du får denne e-mail, fordi du bad en medarbejder om at sende den. Kommunen har ikke gemt din e-mailadresse.',
  ages: (min, max) =>
    min != null && max != null
      ? `Alder: ${min}–${max} år.`
      : min != null
        ? `Alder: fra ${min} år.`
        : max != null
          ? `Alder: op til ${max} år.`
          : null,
  languages: 'Sprog',
  regards: 'Venlig hilsen',
  courseEnded: handoutMessages.course.endedMail,
  courseNext: (day) => `${handoutMessages.course.next(day)}.`,
  alert: handoutMessages.texts.alert,
  booking: handoutMessages.texts.booking,
  accessibility: handoutMessages.texts.accessibility,
  interpreter: handoutMessages.texts.interpreter,
  phone: (number) => `telefon ${number}`,
};

/** A heading as a label: "Who can join?" -> "Who can join" (Latin and Arabic question marks). */
const label = (heading: string) => heading.replace(/[?؟:]\s*$/u, '');

function wordsIn(t: HandoutTexts): MailWords {
  return {
    hello: t.hello,
    intro: (name, municipality) => `${t.intro} (${municipality}): "${name}"`,
    who: label(t.eligibility),
    how: label(t.signUp),
    where: label(t.where),
    when: label(t.when),
    cost: label(t.cost),
    free: t.free,
    readMore: t.readMore,
    questions: label(t.questions),
    privacy: t.privacy,
    ages: (min, max) => {
      const range = handoutAgeRange(min, max);
      return range ? `${label(t.ages)}: ${range}.` : null;
    },
    languages: label(t.languages),
    regards: t.regards,
    courseEnded: (last) => `${fillHandoutText(t.courseEnded, last)}. ${t.courseEndedContact}`,
    courseNext: (day) => `${fillHandoutText(t.courseNext, day)}.`,
    alert: label(t.alert),
    booking: label(t.booking),
    accessibility: label(t.accessibility),
    interpreter: t.interpreter,
    phone: (number) => `${label(t.phone)}: ${number}`,
  };
}

/** The chosen language and the offer's summary in it (null = not translated). */
export interface MailLanguage {
  language: HandoutLanguage;
  translation: OfferTranslation | null;
}

/** The e-mail text: the offer's public fields only, never the professional-only ones. */
export function composeMail(o: MailOffer, chosen: MailLanguage | null = null): { subject: string; body: string } {
  const texts = chosen ? languageView(chosen.language).texts : null;
  const w = texts ? wordsIn(texts) : DANISH;
  const t = chosen?.translation ?? null;
  const name = t?.name ?? o.name;
  const lines: string[] = [];
  if (texts) lines.push(t ? texts.partlyDanish : texts.notTranslated, '');
  lines.push(w.hello, '', w.intro(name, o.municipality.name), '');
  if (o.alert) lines.push(`${w.alert}: ${o.alert}`, '');
  lines.push(t?.shortDescription ?? o.shortDescription, '', t?.description ?? o.description, '');
  const who: string[] = [];
  const eligibility = t?.eligibility ?? o.eligibility;
  if (eligibility) who.push(eligibility);
  const ages = w.ages(o.minAge, o.maxAge);
  if (ages) who.push(ages);
  if (who.length) lines.push(`${w.who}: ${who.join(' ')}`);
  lines.push(`${w.how}: ${o.accessRoutes.map((r) => accessRouteLabels[r]).join(', ')}.`);
  if (o.bookingUrl) lines.push(`${w.booking}: ${o.bookingUrl}`);
  for (const l of o.locations)
    lines.push(
      `${w.where}: ${[l.name, l.address, [l.postalCode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}`,
    );
  const state = courseState(storedScheduleDays(o.schedules), today());
  if (state.kind === 'ended') lines.push(w.courseEnded(formatDate(state.last)));
  if (state.kind === 'next') lines.push(w.courseNext(formatDate(state.day)));
  for (const s of o.schedules) {
    // In a language its weekday and dates as the runtime's locale data writes them (ADR 043), else Danish.
    const when = (chosen && sessionTimesIn(chosen.language.code, s)) || sessionWhen(s);
    const text = [when, s.description, s.location?.name].filter(Boolean).join(', ');
    if (text) lines.push(`${w.when}: ${text}`);
  }
  if (o.costKr === 0) lines.push(`${w.cost}: ${w.free}.`);
  // formatKr ends in "kr.": that full stop ends the sentence too.
  else if (o.costKr != null) lines.push(`${w.cost}: ${formatKr(o.costKr)}`);
  if (o.costDescription) lines.push(o.costDescription);
  if (o.languageNote) lines.push(`${w.languages}: ${o.languageNote}`);
  if (o.interpreter) lines.push(w.interpreter);
  if (o.accessibility) lines.push(`${w.accessibility}: ${o.accessibility}`);
  const link = publicOfferUrl(o.id, chosen?.language.code);
  if (link) lines.push('', `${w.readMore}: ${link}`);
  const contact = [o.contactName, o.contactPhone ? w.phone(o.contactPhone) : null, o.contactEmail]
    .filter(Boolean)
    .join(', ');
  lines.push('', `${w.questions} ${contact} (${o.ownerUnit.name}).`, '', w.regards, o.municipality.name, '');
  lines.push(w.privacy);
  const subject = texts ? `${name} – ${o.municipality.name}` : `Tilbud fra ${o.municipality.name}: ${o.name}`;
  return { subject, body: lines.join('\n') };
}
