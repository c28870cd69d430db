import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDate, handoutMessages, now, ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { costText } from './costText';
import { locationText } from './locationText';
import { OfferCutOff } from './offline/OfferCutOff';
import { OfflineBanner } from './offline/OfflineBanner';
import { useOfferOrCopy } from './offline/useOfferOrCopy';
import { CourseNote } from './CourseNote';
import { QrCode } from './QrCode';
import { ScheduleItems } from './ScheduleItems';
import { offerFromSearch, passSearch, searchFromOffer, withLanguage } from './searchReturn';
import { OFFER_IN_LANGUAGE_QUERY } from './handout/handoutQueries';
import { LanguageNotice } from './handout/LanguageNotice';
import { Localized } from './handout/Localized';
import { languageAttributes, municipalityLine, pageTexts } from './handout/pageTexts';
import { useHandoutLanguage } from './handout/useHandoutLanguage';

/**
 * "/tilbud/:id/udskrift": one A4 page for the citizen: large type, plain words, a QR code to the public
 * page; `?sprog=ar` gives it in a language of the hand-out's list, Danish where it is not translated.
 */
export function PrintSheetPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  // From the server, or offline from the device's copy (ADR 053), in Danish then (languages need the network).
  const { data, loading, error, refetch, cutOff, copied, savedAt } = useOfferOrCopy(id);
  const { code, language, loading: languageLoading } = useHandoutLanguage();
  const inLanguage = useQuery(OFFER_IN_LANGUAGE_QUERY, { variables: { id, language: code ?? '' }, skip: !language });
  // Only the sheet (the article) is in the citizen's language and direction: the staff app around it, its
  // header, navigation and toolbar, stays Danish and left to right (the public page is wholly the citizen's).
  const offer = data?.offer ?? copied;
  useDocumentTitle(offer ? ui.offers.printTitle(offer.name) : ui.offers.title);

  if (cutOff && !offer) return <OfferCutOff back={searchFromOffer(params)} />;
  if ((loading && !offer) || languageLoading || (inLanguage.loading && !inLanguage.data)) return <LoadingStatus />;
  if (error && !offer)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!offer) {
    return (
      <div className="page page--narrow">
        <h1>{ui.offers.notFound}</h1>
        <Link to={searchFromOffer(params)}>{ui.offers.backToSearch}</Link>
      </div>
    );
  }
  if (offer.status !== 'ACTIVE') {
    // Only an active offer is handed out (as on the offer page): no sheet to print, and why.
    return (
      <div className="page page--narrow">
        <h1>{offer.name}</h1>
        <p role="note">{handoutMessages.notActiveNotice[offer.status] ?? handoutMessages.notActiveNotice.INACTIVE}</p>
        <Link to={offerFromSearch(offer.id, passSearch(params))}>{offer.name}</Link>
      </div>
    );
  }
  const t = pageTexts(language);
  const translation = inLanguage.data?.offer?.translation ?? null;
  const chosen = Boolean(language);
  // The configured public address (Offer.publicUrl), never this browser's host (issue 12); in the language.
  const publicUrl = (language ? inLanguage.data?.offer?.publicUrl : null) ?? offer.publicUrl;
  const signUp = [
    offer.tellCitizen,
    offer.accessRoutes.map((route) => ui.offers.accessRoute[route] ?? route).join(', '),
  ].filter((line): line is string => Boolean(line));
  const danish = chosen ? ({ lang: 'da', dir: 'ltr' } as const) : {};
  // The offer's own municipality, not the one the catalogue was first made for (a copy may lack the name).
  const intro = municipalityLine(language, 'intro', offer.municipalityName);
  const footer = municipalityLine(language, 'printFooter', offer.municipalityName, formatDate(now()));
  return (
    <div className="print-page">
      {!data?.offer && (
        <div className="print-hidden">
          <OfflineBanner savedAt={savedAt} withoutCopy={false} about="offer" />
        </div>
      )}
      <div className="print-toolbar">
        <Link className="back-link" to={withLanguage(offerFromSearch(offer.id, passSearch(params)), code ?? '')}>
          {offer.name}
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {ui.offers.printNow}
        </button>
      </div>
      <article className="print-sheet" aria-labelledby="sheet-title" {...languageAttributes(language)}>
        <p className="print-sheet__from" {...intro.attributes}>
          {intro.text}
        </p>
        <h1 id="sheet-title">
          <Localized translated={translation?.name} danish={offer.name} inLanguage={chosen} />
        </h1>
        <LanguageNotice language={language} translation={translation} className="print-sheet__from" />
        {offer.alert && (
          <p className="print-sheet__alert" {...danish}>
            {offer.alert}
          </p>
        )}
        <CourseNote offer={offer} className="print-sheet__alert" language={language} />
        <h2>{t.what}</h2>
        <p>
          <Localized translated={translation?.shortDescription} danish={offer.shortDescription} inLanguage={chosen} />
        </p>
        {chosen && (translation?.eligibility || offer.eligibility) && (
          <>
            <h2>{t.eligibility}</h2>
            <p>
              <Localized translated={translation?.eligibility} danish={offer.eligibility} inLanguage={chosen} />
            </p>
          </>
        )}
        {offer.locations.length > 0 && (
          <>
            <h2>{t.where}</h2>
            <ul className="plain-list" {...danish}>
              {offer.locations.map((location) => (
                <li key={location.id}>{locationText(location)}</li>
              ))}
            </ul>
          </>
        )}
        {offer.schedules.length > 0 && (
          <>
            <h2>{t.when}</h2>
            <ScheduleItems schedules={offer.schedules} language={language} />
          </>
        )}
        <h2>{t.cost}</h2>
        <p>
          {offer.costKr === null ? (
            <Localized danish={costText(null)} inLanguage={chosen} />
          ) : (
            costText(offer.costKr, t.free)
          )}
        </p>
        <h2>{t.signUp}</h2>
        {signUp.map((line) => (
          <p key={line} {...danish}>
            {line}
          </p>
        ))}
        {offer.bookingUrl && <p dir="ltr">{offer.bookingUrl}</p>}
        <div className="print-sheet__bottom">
          <div>
            <h2>{t.contact}</h2>
            {offer.contactName && <p>{offer.contactName}</p>}
            {offer.contactPhone && (
              <p>
                {t.phone}: <span dir="ltr">{offer.contactPhone}</span>
              </p>
            )}
            {offer.contactEmail && (
              <p>
                {t.email}: <span dir="ltr">{offer.contactEmail}</span>
              </p>
            )}
          </div>
          {publicUrl ? (
            <figure className="print-sheet__qr">
              <QrCode text={publicUrl} label={ui.offers.printQrLabel(publicUrl)} />
              <figcaption>{t.qr}</figcaption>
            </figure>
          ) : (
            <p className="muted" {...danish}>
              {handoutMessages.noPublicAddress}
            </p>
          )}
        </div>
        <p className="print-sheet__footer" {...footer.attributes}>
          {footer.text}
        </p>
      </article>
    </div>
  );
}
