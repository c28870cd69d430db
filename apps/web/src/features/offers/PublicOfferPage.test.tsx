import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { rygestop } from './offerFixtures';
import { PUBLIC_OFFER_QUERY } from './offerQueries';
import { PublicOfferPage } from './PublicOfferPage';
import { HANDOUT_LANGUAGES_QUERY, PUBLIC_OFFER_IN_LANGUAGE_QUERY } from './handout/handoutQueries';
import { arabicLanguage } from './handout/languageFixtures';

const {
  professionalPhone: _p,
  intakeNotes: _i,
  tellCitizen: _t,
  assuredByName: _a,
  sendCount: _s,
  version: _v,
  ownerUnit: _o,
  changes: _c,
  source: _src,
  ...publicFields
} = rygestop as typeof rygestop & Record<string, unknown>;

/** The public offer query's answer: the fixture's public fields with `changes`. */
const publicOfferMock = (changes: Record<string, unknown>) =>
  mocked({
    request: { query: PUBLIC_OFFER_QUERY, variables: { id: 'o-ryg' } },
    result: { data: { publicOffer: { ...publicFields, ...changes } } },
  });

/** The citizen's page of the offer in Danish (no language chosen). */
const renderDanish = (changes: Record<string, unknown>) =>
  renderRoute(<PublicOfferPage />, {
    path: '/offentligt/tilbud/o-ryg',
    pattern: '/offentligt/tilbud/:id',
    mocks: [publicOfferMock(changes)],
  });

describe('PublicOfferPage (the citizen’s page, issue 12)', () => {
  it('speaks to the citizen and leaves out the catalogue’s tags; ended courses say "Næste hold ikke fastlagt"', async () => {
    renderDanish({ coursesEnded: true, lastCourseDay: '2026-03-12' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(screen.getByText('Sådan kommer du med')).toBeInTheDocument();
    expect(screen.queryByText('Sådan kommer borgeren med')).not.toBeInTheDocument();
    expect(screen.queryByText('Behov')).not.toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Næste hold ikke fastlagt (sidste hold sluttede 12.3.2026)');
    expect(screen.queryByText('Aktiv')).not.toBeInTheDocument();
  });

  /** The public page of an offer whose courses have ended, in hold and individuel, in Arabic. */
  async function renderInArabic(
    missing: Parameters<typeof arabicLanguage>[0] = [],
    changes: Record<string, unknown> = {},
  ) {
    renderRoute(<PublicOfferPage />, {
      path: '/offentligt/tilbud/o-ryg?sprog=ar',
      pattern: '/offentligt/tilbud/:id',
      mocks: [
        publicOfferMock({
          coursesEnded: true,
          lastCourseDay: '2026-03-12',
          formats: ['hold', 'individuel'],
          languages: ['da', 'ar'],
          ...changes,
        }),
        mocked({
          request: { query: HANDOUT_LANGUAGES_QUERY },
          result: { data: { handoutLanguages: [arabicLanguage(missing)] } },
        }),
        mocked({
          request: { query: PUBLIC_OFFER_IN_LANGUAGE_QUERY, variables: { id: 'o-ryg', language: 'ar' } },
          result: {
            data: {
              publicOffer: {
                __typename: 'Offer',
                id: 'o-ryg',
                publicUrl: 'https://sundhed.example.dk/offentligt/tilbud/o-ryg?sprog=ar',
                translation: {
                  __typename: 'OfferTranslation',
                  language: 'ar',
                  name: null,
                  shortDescription: 'دورة جماعية مجانية للإقلاع عن التدخين.',
                  description: null,
                  eligibility: null,
                  version: 1,
                },
              },
            },
          },
        }),
      ],
    });
    await screen.findByText('دورة جماعية مجانية للإقلاع عن التدخين.');
  }

  /** The <dd> of the fact labelled `label`. */
  const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

  it('in Arabic: the status line, the labels Alder, Sprog, Form, Senest ændret and the format words are Arabic', async () => {
    await renderInArabic();
    expect(screen.getByText('لم يُحدَّد موعد المجموعة القادمة بعد (انتهت آخر مجموعة في 12.3.2026)')).toHaveAttribute(
      'role',
      'note',
    );
    expect(screen.queryByText(/Næste hold/)).not.toBeInTheDocument();
    for (const danish of ['Alder', 'Sprog', 'Form', 'Senest ændret'])
      expect(screen.queryByText(danish, { selector: 'dt' })).not.toBeInTheDocument();
    expect(fact('العمر')).toHaveTextContent(/^15\+$/);
    expect(fact('العمر')).toHaveAttribute('dir', 'ltr');
    // The languages named in Arabic by the browser's locale data, not "Dansk, Arabisk".
    expect(fact('اللغات')).not.toHaveAttribute('lang');
    expect(fact('اللغات')).toHaveTextContent(new Intl.DisplayNames(['ar'], { type: 'language' }).of('da')!);
    expect(fact('اللغات')).not.toHaveTextContent(/Dansk|Arabisk/);
    expect(fact('طريقة المشاركة')).toHaveTextContent(/^ضمن مجموعة, بشكل فردي$/);
    expect(within(fact('طريقة المشاركة')).queryByText(/hold|individuel/i)).not.toBeInTheDocument();
    expect(fact('آخر تعديل')).toHaveTextContent('1.5.2023');
    // The times' weekday and dates as the browser writes them in Arabic, the time in digits (ADR 043).
    const when = screen.getByText(/^الثلاثاء, /);
    expect(when).toHaveTextContent('16:30–18:00');
    expect(when).not.toHaveAttribute('lang');
    expect(screen.queryByText(/Tirsdage/)).not.toBeInTheDocument();
    // The summary is translated, the places are not: the page says some parts are Danish.
    expect(screen.getByText('بعض الأجزاء باللغة الدنماركية فقط.')).toBeInTheDocument();
  });

  it('a string Arabic lacks is the Danish one, marked Danish; the page still says parts are Danish', async () => {
    await renderInArabic(['courseEnded', 'updated', 'formatIndividuel']);
    const line = screen.getByText('Næste hold ikke fastlagt (sidste hold sluttede 12.3.2026)');
    expect(line).toHaveAttribute('lang', 'da');
    expect(line).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('Senest ændret', { selector: 'dt' })).toHaveAttribute('lang', 'da');
    expect(screen.getByText('العمر', { selector: 'dt' })).not.toHaveAttribute('lang');
    const formats = fact('طريقة المشاركة');
    expect(formats).toHaveTextContent(/^ضمن مجموعة, Individuelt$/);
    expect(within(formats).getByText('Individuelt')).toHaveAttribute('lang', 'da');
    expect(within(formats).getByText('ضمن مجموعة')).not.toHaveAttribute('lang');
    expect(screen.getByText('بعض الأجزاء باللغة الدنماركية فقط.')).toBeInTheDocument();
  });

  /** The offer as another municipality's: nothing of it says Ishøj. */
  const hvidovre = {
    municipalityName: 'Hvidovre Kommune',
    eligibility: 'Borgere i Hvidovre Kommune, der ryger.',
    locations: [{ ...publicFields.locations[0], address: 'Hvidovrevej 278', postalCode: '2650', city: 'Hvidovre' }],
    contactEmail: 'rygestop@hvidovre.dk',
    bookingUrl: 'https://hvidovre.dk/rygestop',
  };

  it('an Ishøj offer names Ishøj Kommune as before', async () => {
    renderDanish({});
    await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' });
    expect(screen.getByRole('banner')).toHaveTextContent(/^Ishøj Kommune$/);
    expect(screen.getByText('Et sundhedstilbud fra Ishøj Kommune')).toBeInTheDocument();
  });

  it('another municipality’s offer names its own municipality, never Ishøj (Danish)', async () => {
    renderDanish(hvidovre);
    await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' });
    expect(screen.getByRole('banner')).toHaveTextContent(/^Hvidovre Kommune$/);
    expect(screen.getByText('Et sundhedstilbud fra Hvidovre Kommune')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Ishøj/);
  });

  it('another municipality’s offer names its own municipality, never Ishøj (Arabic)', async () => {
    await renderInArabic([], hvidovre);
    const name = screen.getByRole('banner').querySelector('p');
    expect(name).toHaveTextContent(/^Hvidovre Kommune$/);
    expect(name).toHaveAttribute('lang', 'da');
    expect(screen.getByText('عرض صحي من البلدية')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Ishøj/);
  });

  it('an offer that is not there names no municipality', async () => {
    renderRoute(<PublicOfferPage />, {
      path: '/offentligt/tilbud/o-ryg',
      pattern: '/offentligt/tilbud/:id',
      mocks: [
        mocked({
          request: { query: PUBLIC_OFFER_QUERY, variables: { id: 'o-ryg' } },
          result: { data: { publicOffer: null } },
        }),
      ],
    });
    expect(await screen.findByText('Kontakt kommunen, hvis du har spørgsmål.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Ishøj/);
    // No empty banner landmark.
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
  });

  it('in Danish the formats are words, not codes', async () => {
    renderDanish({ formats: ['hold', 'individuel'] });
    await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' });
    expect(fact('Form')).toHaveTextContent(/^På hold, Individuelt$/);
    expect(fact('Alder')).toHaveTextContent('Fra 15 år');
  });
});
