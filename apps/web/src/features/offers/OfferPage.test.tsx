import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { renderRoute } from '../../../test/renderRoute';
import { viewer } from '../../../test/fixtures';
import { ME_QUERY } from '../auth/useViewer';
import { SEND_OFFER_BY_SMS_MUTATION, SEND_OFFER_MUTATION } from './offerMutations';
import { rygestop } from './offerFixtures';
import { OFFER_QUERY } from './offerQueries';
import { OfferPage } from './OfferPage';
import { PrintSheetPage } from './PrintSheetPage';
import { mocked } from '../../../test/mocked';
import { setClock } from '@sundhed/shared/clock';
import { GraphQLError } from 'graphql';
import { HANDOUT_LANGUAGES_QUERY, OFFER_IN_LANGUAGE_QUERY } from './handout/handoutQueries';
import { arabicLanguage } from './handout/languageFixtures';

const me = (role: Parameters<typeof viewer>[0]) =>
  mocked({
    request: { query: ME_QUERY },
    result: { data: { me: viewer(role) } },
  });
const offerMock = mocked({
  request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
  result: { data: { offer: rygestop } },
});

/** The offer page of `offer` (at /tilbud/o-ryg) as an account of `role`. */
function renderOffer(offer: typeof rygestop, role: Parameters<typeof me>[0] = 'frontmedarbejder') {
  renderRoute(<OfferPage />, {
    path: '/tilbud/o-ryg',
    pattern: '/tilbud/:id',
    mocks: [
      mocked({ request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } }, result: { data: { offer } } }),
      me(role),
    ],
  });
}

describe('OfferPage', () => {
  it('shows everything for the professional, without staff buttons for a front-line worker', async () => {
    renderRoute(<OfferPage />, {
      path: '/tilbud/o-ryg',
      pattern: '/tilbud/:id',
      mocks: [offerMock, me('frontmedarbejder')],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(screen.getByText('Kun til fagpersoner')).toBeInTheDocument();
    expect(screen.getByText('Det er gratis, og du kan tage en ven med.')).toBeInTheDocument();
    expect(screen.getByText('Demodata')).toBeInTheDocument();
    expect(screen.getByText('Selvhenvendelse, Henvisning fra egen læge')).toBeInTheDocument();
    expect(screen.getByText(/Oplysningerne er bekræftet 1\.5\.2023 af Sofie Sundhed/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Udskriv til borgeren' })).toHaveAttribute(
      'href',
      '/tilbud/o-ryg/udskrift',
    );
    expect(screen.queryByRole('link', { name: 'Rediger' })).not.toBeInTheDocument();
    expect(screen.queryByText('Ændringshistorik')).not.toBeInTheDocument();
  });

  it('says when all its courses have ended, with the last day', async () => {
    renderOffer({ ...rygestop, coursesEnded: true, lastCourseDay: '2026-03-12' });
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Næste hold ikke fastlagt (sidste hold sluttede 12.3.2026)',
    );
    expect(screen.queryByText('Aktiv')).not.toBeInTheDocument();
  });

  it('shows the staff unit its buttons and the change history', async () => {
    renderRoute(<OfferPage />, {
      path: '/tilbud/o-ryg',
      pattern: '/tilbud/:id',
      mocks: [offerMock, me('sundhedsstab')],
    });
    expect(await screen.findByRole('link', { name: 'Rediger' })).toHaveAttribute('href', '/tilbud/o-ryg/rediger');
    expect(screen.getByRole('button', { name: 'Sæt på pause' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bekræft oplysninger' })).toBeInTheDocument();
    expect(screen.getByText('Gammel tekst → Ny tekst')).toBeInTheDocument();
  });

  it('shows the change history in Danish: field labels and values as the API words them, no codes', async () => {
    renderRoute(<OfferPage />, {
      path: '/tilbud/o-ryg',
      pattern: '/tilbud/:id',
      mocks: [offerMock, me('sundhedsstab')],
    });
    const table = await screen.findByRole('table', { name: 'Ændringshistorik, nyeste først' });
    const status = within(table).getByRole('row', { name: /Status/ });
    expect(status).toHaveTextContent('Aktiv → Midlertidigt lukket');
    expect(status).toHaveTextContent('Sofie Sundhed');
    expect(status).toHaveTextContent('1.6.2023');
    expect(within(table).getByRole('row', { name: /Kort beskrivelse/ })).toHaveTextContent('Gammel tekst → Ny tekst');
    expect(table).not.toHaveTextContent('TEMPORARILY_CLOSED');
    expect(table).not.toHaveTextContent('');
  });

  it('goes back to the search it was opened from, with its query and filters (issue 12)', async () => {
    renderRoute(<OfferPage />, {
      path: '/tilbud/o-ryg?fra=q%3Dryge%26needCategory%3Drygning%26age%3D67',
      pattern: '/tilbud/:id',
      mocks: [offerMock, me('frontmedarbejder')],
    });
    expect(await screen.findByRole('link', { name: 'Tilbage til søgningen' })).toHaveAttribute(
      'href',
      '/tilbud?q=ryge&needCategory=rygning&age=67',
    );
    expect(screen.getByRole('link', { name: 'Udskriv til borgeren' })).toHaveAttribute(
      'href',
      '/tilbud/o-ryg/udskrift?fra=q%3Dryge%26needCategory%3Drygning%26age%3D67',
    );
  });

  it('never leaves /tilbud by the way back, whatever the address carries', async () => {
    renderRoute(<OfferPage />, {
      path: '/tilbud/o-ryg?fra=%2F%2Fexample.com%2Fx',
      pattern: '/tilbud/:id',
      mocks: [offerMock, me('frontmedarbejder')],
    });
    const back = await screen.findByRole('link', { name: 'Tilbage til søgningen' });
    expect(back.getAttribute('href')).toMatch(/^\/tilbud\?/);
  });

  it('says so in Danish when the offer does not exist', async () => {
    renderRoute(<OfferPage />, {
      path: '/tilbud/x',
      pattern: '/tilbud/:id',
      mocks: [
        mocked({ request: { query: OFFER_QUERY, variables: { id: 'x' } }, result: { data: { offer: null } } }),
        me('frontmedarbejder'),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tilbuddet findes ikke.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tilbage til søgningen' })).toHaveAttribute('href', '/tilbud');
  });

  it('offers no print or send for an offer that is not active, and says why', async () => {
    renderOffer({ ...rygestop, status: 'TEMPORARILY_CLOSED', alert: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(
      await screen.findByText('Tilbuddet er midlertidigt lukket, så det kan ikke udskrives eller sendes til borgeren.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Udskriv til borgeren' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send til borger' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send som sms' })).not.toBeInTheDocument();
  });

  it('sends the offer to a citizen and says where it went', async () => {
    const user = userEvent.setup();
    renderRoute(<OfferPage />, {
      path: '/tilbud/o-ryg',
      pattern: '/tilbud/:id',
      mocks: [
        offerMock,
        me('frontmedarbejder'),
        mocked({
          request: {
            query: SEND_OFFER_MUTATION,
            variables: (v) => v.email === 'borger@example.dk' && v.language === null && Boolean(v.idempotencyKey),
          },
          result: {
            data: { sendOfferToCitizen: { __typename: 'SendOfferResult', sent: true, via: 'outbox', sendCount: 3 } },
          },
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Send til borger' }));
    await user.type(screen.getByLabelText('Borgerens e-mail'), 'ikke-en-mail');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByLabelText('Borgerens e-mail')).toHaveAccessibleDescription(/Skriv en gyldig e-mailadresse/);
    await user.clear(screen.getByLabelText('Borgerens e-mail'));
    await user.type(screen.getByLabelText('Borgerens e-mail'), 'borger@example.dk');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Sendt')).toBeInTheDocument();
    expect(screen.getByText(/ligger i udbakken/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se udbakken' })).toHaveAttribute('href', '/tilbud/udbakke');
    // The footer's count follows the send without a reload (the fixture's 2, the server's answer 3).
    expect(screen.getByText(/Sendt til borgere 3 gange/)).toBeInTheDocument();
  });

  it('sends the offer as a text message through the gateway, refusing a wrong number first', async () => {
    const user = userEvent.setup();
    renderRoute(<OfferPage />, {
      path: '/tilbud/o-ryg',
      pattern: '/tilbud/:id',
      mocks: [
        offerMock,
        me('frontmedarbejder'),
        mocked({
          request: {
            query: SEND_OFFER_BY_SMS_MUTATION,
            variables: (v) => v.phone === '20 30 40 50' && v.language === null && Boolean(v.idempotencyKey),
          },
          result: { data: { sendOfferBySms: { __typename: 'SendOfferResult', sent: true, via: 'sms', sendCount: 4 } } },
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Send som sms' }));
    const phone = screen.getByLabelText('Borgerens mobilnummer');
    await user.type(phone, '1234');
    await user.click(screen.getByRole('button', { name: 'Send sms' }));
    expect(phone).toHaveAccessibleDescription(/Borgerens mobilnummer skal være 8 cifre/);
    await user.clear(phone);
    await user.type(phone, '20 30 40 50');
    await user.click(screen.getByRole('button', { name: 'Send sms' }));
    expect(await screen.findByText('Sms’en er sendt.')).toBeInTheDocument();
    expect(screen.getByText(/gemmes ikke/)).toBeInTheDocument();
  });

  it('says a refusal that is not about the number for the whole form, not on the number field', async () => {
    const user = userEvent.setup();
    const noLink = 'Der er ikke sat en offentlig adresse op, så sms’en kan ikke sende et link. Kontakt Sundhedsstaben.';
    renderRoute(<OfferPage />, {
      path: '/tilbud/o-ryg',
      pattern: '/tilbud/:id',
      mocks: [
        offerMock,
        me('frontmedarbejder'),
        mocked({
          request: { query: SEND_OFFER_BY_SMS_MUTATION, variables: (v) => v.phone === '20304050' },
          result: {
            errors: [
              new GraphQLError(noLink, {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'NO_PUBLIC_ADDRESS',
                  fields: [{ path: 'offerId', message: noLink }],
                },
              }),
            ],
          },
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Send som sms' }));
    const phone = screen.getByLabelText('Borgerens mobilnummer');
    await user.type(phone, '20304050');
    await user.click(screen.getByRole('button', { name: 'Send sms' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(noLink);
    expect(screen.getByRole('alert').textContent).not.toMatch(/\.\./);
    expect(phone).not.toHaveAttribute('aria-invalid', 'true');
    expect(phone).not.toHaveAccessibleDescription(/offentlig adresse/);
  });
});

describe('PrintSheetPage', () => {
  it('prints no sheet for an offer that is not active, and says why', async () => {
    renderRoute(<PrintSheetPage />, {
      path: '/tilbud/o-ryg/udskrift',
      pattern: '/tilbud/:id/udskrift',
      mocks: [
        mocked({
          request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
          result: { data: { offer: { ...rygestop, status: 'TEMPORARILY_CLOSED', alert: 'Holder sommerferie.' } } },
        }),
      ],
      extra: [<Route key="x" path="*" element={null} />],
    });
    expect(
      await screen.findByText('Tilbuddet er midlertidigt lukket, så det kan ikke udskrives eller sendes til borgeren.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Udskriv' })).not.toBeInTheDocument();
  });

  /** The print sheet of rygestop (`offer` changes it) in Arabic; `missing` are strings Arabic lacks. */
  async function renderSheetInArabic(
    missing: Parameters<typeof arabicLanguage>[0] = [],
    offer: Partial<typeof rygestop> = {},
  ) {
    renderRoute(<PrintSheetPage />, {
      path: '/tilbud/o-ryg/udskrift?sprog=ar',
      pattern: '/tilbud/:id/udskrift',
      mocks: [
        mocked({
          request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
          result: { data: { offer: { ...rygestop, ...offer } } },
        }),
        mocked({
          request: { query: HANDOUT_LANGUAGES_QUERY },
          result: { data: { handoutLanguages: [arabicLanguage(missing)] } },
        }),
        mocked({
          request: { query: OFFER_IN_LANGUAGE_QUERY, variables: { id: 'o-ryg', language: 'ar' } },
          result: {
            data: {
              offer: {
                __typename: 'Offer',
                id: 'o-ryg',
                publicUrl: 'https://sundhed.example.dk/offentligt/tilbud/o-ryg?sprog=ar',
                translation: null,
              },
            },
          },
        }),
      ],
      extra: [<Route key="x" path="*" element={null} />],
    });
    await screen.findByRole('heading', { name: 'ما هو؟' });
  }

  it('in Arabic: only the sheet is right to left and Arabic; the page around it stays Danish', async () => {
    await renderSheetInArabic();
    const sheet = screen.getByRole('article');
    expect(sheet).toHaveAttribute('dir', 'rtl');
    expect(sheet).toHaveAttribute('lang', 'ar');
    expect(document.documentElement.dir).not.toBe('rtl');
    expect(document.documentElement.lang).not.toBe('ar');
    const print = screen.getByRole('button', { name: 'Udskriv' });
    expect(print.closest('[dir="rtl"], [lang="ar"]')).toBeNull();
  });

  it('keeps the chosen language on the way back from the sheet to the offer (the e-mail is then in it too)', async () => {
    await renderSheetInArabic();
    expect(screen.getByRole('link', { name: rygestop.name })).toHaveAttribute('href', '/tilbud/o-ryg?sprog=ar');
    renderRoute(<OfferPage />, {
      path: '/tilbud/o-ryg?sprog=ar',
      pattern: '/tilbud/:id',
      mocks: [
        offerMock,
        me('frontmedarbejder'),
        mocked({
          request: { query: HANDOUT_LANGUAGES_QUERY },
          result: { data: { handoutLanguages: [arabicLanguage()] } },
        }),
      ],
    });
    const select = await screen.findByLabelText('Sprog til borgeren');
    await screen.findByRole('option', { name: /Arabisk/ });
    expect(select).toHaveValue('ar');
  });

  it('in Arabic: the next course line and the printed footer are Arabic, the dates as in Danish', async () => {
    setClock('2026-12-05T10:00:00.000Z');
    try {
      await renderSheetInArabic([], { nextCourseDay: '2027-01-05' });
      const line = screen.getByText('تبدأ المجموعة القادمة في 5.1.2027');
      expect(line).not.toHaveAttribute('lang');
      // The municipality's name as the database spells it, in the Arabic line.
      const footer = screen.getByText('طُبع في 5.12.2026 من دليل عروض Ishøj Kommune');
      expect(footer).not.toHaveAttribute('lang');
      expect(footer.closest('[dir="rtl"]')).toBe(screen.getByRole('article'));
      expect(screen.queryByText(/Næste hold|Udskrevet/)).not.toBeInTheDocument();
      // Not translated: the sheet says so in Arabic.
      expect(screen.getByText('هذا العرض غير مترجم بعد. يظهر باللغة الدنماركية.')).toBeInTheDocument();
    } finally {
      setClock(null);
    }
  });

  it('in Arabic without its footer and course strings: those are Danish and marked Danish', async () => {
    setClock('2026-12-05T10:00:00.000Z');
    try {
      await renderSheetInArabic(['printFooter', 'courseEndedShort'], { coursesEnded: true });
      const line = screen.getByText('Næste hold ikke fastlagt');
      expect(line).toHaveAttribute('lang', 'da');
      expect(line).toHaveAttribute('role', 'note');
      const footer = screen.getByText('Udskrevet 5.12.2026 fra Ishøj Kommunes tilbudskatalog');
      expect(footer).toHaveAttribute('lang', 'da');
      expect(footer).toHaveAttribute('dir', 'ltr');
    } finally {
      setClock(null);
    }
  });

  /** The offer as another municipality's: nothing of it says Ishøj. */
  const hvidovre: Partial<typeof rygestop> = {
    municipalityName: 'Hvidovre Kommune',
    eligibility: 'Borgere i Hvidovre Kommune, der ryger.',
    locations: [{ ...rygestop.locations[0]!, address: 'Hvidovrevej 278', postalCode: '2650', city: 'Hvidovre' }],
    contactEmail: 'rygestop@hvidovre.dk',
    bookingUrl: 'https://hvidovre.dk/rygestop',
  };

  /** The Danish print sheet of rygestop with `offer`'s changes, printed on 5 December 2026. */
  async function renderSheetInDanish(offer: Partial<typeof rygestop> = {}) {
    renderRoute(<PrintSheetPage />, {
      path: '/tilbud/o-ryg/udskrift',
      pattern: '/tilbud/:id/udskrift',
      mocks: [
        mocked({
          request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
          result: { data: { offer: { ...rygestop, ...offer } } },
        }),
      ],
      extra: [<Route key="x" path="*" element={null} />],
    });
    await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' });
  }

  it('an Ishøj offer prints Ishøj Kommune as before', async () => {
    setClock('2026-12-05T10:00:00.000Z');
    try {
      await renderSheetInDanish();
      expect(screen.getByText('Et sundhedstilbud fra Ishøj Kommune')).toBeInTheDocument();
      expect(screen.getByText('Udskrevet 5.12.2026 fra Ishøj Kommunes tilbudskatalog')).toBeInTheDocument();
    } finally {
      setClock(null);
    }
  });

  it('another municipality’s offer prints its own municipality, never Ishøj (Danish)', async () => {
    setClock('2026-12-05T10:00:00.000Z');
    try {
      await renderSheetInDanish(hvidovre);
      expect(screen.getByText('Et sundhedstilbud fra Hvidovre Kommune')).toBeInTheDocument();
      expect(screen.getByText('Udskrevet 5.12.2026 fra Hvidovre Kommunes tilbudskatalog')).toBeInTheDocument();
      expect(screen.getByRole('article')).not.toHaveTextContent(/Ishøj/);
    } finally {
      setClock(null);
    }
  });

  it('another municipality’s offer prints its own municipality, never Ishøj (Arabic)', async () => {
    setClock('2026-12-05T10:00:00.000Z');
    try {
      await renderSheetInArabic([], hvidovre);
      const footer = screen.getByText('طُبع في 5.12.2026 من دليل عروض Hvidovre Kommune');
      expect(footer).not.toHaveAttribute('lang');
      expect(screen.getByRole('article')).not.toHaveTextContent(/Ishøj/);
    } finally {
      setClock(null);
    }
  });

  it('in Arabic without its footer: another municipality’s offer gets the Danish footer with its name', async () => {
    setClock('2026-12-05T10:00:00.000Z');
    try {
      await renderSheetInArabic(['printFooter'], hvidovre);
      const footer = screen.getByText('Udskrevet 5.12.2026 fra Hvidovre Kommunes tilbudskatalog');
      expect(footer).toHaveAttribute('lang', 'da');
    } finally {
      setClock(null);
    }
  });

  it('shows what, where, when, how to sign up, contact and a QR code to the public page', async () => {
    renderRoute(<PrintSheetPage />, {
      path: '/tilbud/o-ryg/udskrift',
      pattern: '/tilbud/:id/udskrift',
      mocks: [offerMock],
      extra: [<Route key="x" path="*" element={null} />],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' })).toBeInTheDocument();
    for (const heading of ['Hvad er det?', 'Hvor?', 'Hvornår?', 'Sådan melder du dig til', 'Kontakt']) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    const qr = screen.getByRole('img', { name: /QR-kode til .*\/offentligt\/tilbud\/o-ryg/ });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d/);
    expect(screen.getByText(/26\.4\.2023/)).toBeInTheDocument();
  });

  it('is dated by the shared clock, the day in Copenhagen: 00:30 local time is already the new day', async () => {
    setClock('2027-06-14T22:30:00.000Z'); // 00:30 CEST on 15 June; the UTC day is the 14th
    try {
      renderRoute(<PrintSheetPage />, {
        path: '/tilbud/o-ryg/udskrift',
        pattern: '/tilbud/:id/udskrift',
        mocks: [offerMock],
        extra: [<Route key="x" path="*" element={null} />],
      });
      expect(await screen.findByText(/^Udskrevet 15\.6\.2027 fra/)).toBeInTheDocument();
    } finally {
      setClock(null);
    }
  });
});
