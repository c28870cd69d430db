import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDate, handoutMessages, now, ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { costText } from './costText';
import { locationText } from './locationText';
import { OFFER_QUERY } from './offerQueries';
import { CourseNote } from './CourseNote';
import { QrCode } from './QrCode';
import { scheduleText } from './scheduleText';
import { offerFromSearch, passSearch, searchFromOffer } from './searchReturn';

/** "/tilbud/:id/udskrift": one A4 page for the citizen: large type, plain Danish, a QR code to the public page. */
export function PrintSheetPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(OFFER_QUERY, { variables: { id } });
  const offer = data?.offer;
  useDocumentTitle(offer ? ui.offers.printTitle(offer.name) : ui.offers.title);

  if (loading && !data) return <LoadingStatus />;
  if (error && !data)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!offer) {
    return (
      <div className="page page--narrow">
        <h1>{ui.offers.notFound}</h1>
        <Link to={searchFromOffer(params)}>{ui.offers.backToSearch}</Link>
      </div>
    );
  }
  // The configured public address (Offer.publicUrl), never this browser's host (issue 12).
  const { publicUrl } = offer;
  const signUp = [
    offer.tellCitizen,
    offer.accessRoutes.map((route) => ui.offers.accessRoute[route] ?? route).join(', '),
  ].filter(Boolean);
  return (
    <div className="print-page">
      <div className="print-toolbar">
        <Link className="back-link" to={offerFromSearch(offer.id, passSearch(params))}>
          {offer.name}
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {ui.offers.printNow}
        </button>
      </div>
      <article className="print-sheet" aria-labelledby="sheet-title">
        <p className="print-sheet__from">{ui.offers.publicIntro}</p>
        <h1 id="sheet-title">{offer.name}</h1>
        {offer.alert && <p className="print-sheet__alert">{offer.alert}</p>}
        <CourseNote offer={offer} className="print-sheet__alert" />
        <h2>{ui.offers.printWhat}</h2>
        <p>{offer.shortDescription}</p>
        {offer.locations.length > 0 && (
          <>
            <h2>{ui.offers.printWhere}</h2>
            <ul className="plain-list">
              {offer.locations.map((location) => (
                <li key={location.id}>{locationText(location)}</li>
              ))}
            </ul>
          </>
        )}
        {offer.schedules.length > 0 && (
          <>
            <h2>{ui.offers.printWhen}</h2>
            <ul className="plain-list">
              {offer.schedules.map((schedule) => (
                <li key={schedule.id}>{scheduleText(schedule)}</li>
              ))}
            </ul>
          </>
        )}
        <h2>{ui.offers.printCost}</h2>
        <p>{costText(offer.costKr)}</p>
        <h2>{ui.offers.printSignUp}</h2>
        {signUp.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {offer.bookingUrl && <p>{offer.bookingUrl}</p>}
        <div className="print-sheet__bottom">
          <div>
            <h2>{ui.offers.printContact}</h2>
            {offer.contactName && <p>{offer.contactName}</p>}
            {offer.contactPhone && (
              <p>
                {ui.offers.phone}: {offer.contactPhone}
              </p>
            )}
            {offer.contactEmail && (
              <p>
                {ui.offers.email}: {offer.contactEmail}
              </p>
            )}
          </div>
          {publicUrl ? (
            <figure className="print-sheet__qr">
              <QrCode text={publicUrl} label={ui.offers.printQrLabel(publicUrl)} />
              <figcaption>{ui.offers.printQr}</figcaption>
            </figure>
          ) : (
            <p className="muted">{handoutMessages.noPublicAddress}</p>
          )}
        </div>
        <p className="print-sheet__footer">{ui.offers.printFooter(formatDate(now()))}</p>
      </article>
    </div>
  );
}
