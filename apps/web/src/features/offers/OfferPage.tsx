import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDate, handoutMessages, ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { SourceButton } from '../../components/SourceButton';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CourseNote } from './CourseNote';
import { OfferFacts } from './OfferFacts';
import { OfferHistory } from './OfferHistory';
import { OfferCutOff } from './offline/OfferCutOff';
import { OfflineBanner } from './offline/OfflineBanner';
import { useOfferOrCopy } from './offline/useOfferOrCopy';
import { OfferStatusBadge } from './OfferStatusBadge';
import { ReportErrorForm } from './ReportErrorForm';
import { offerFromSearch, passSearch, searchFromOffer, withLanguage } from './searchReturn';
import { SendToCitizenForm } from './SendToCitizenForm';
import { StaffActions } from './StaffActions';
import { LanguageSelect } from './handout/LanguageSelect';
import { OfferTranslations } from './handout/OfferTranslations';

type Panel = 'send' | 'sms' | 'report' | null;

/** "/tilbud/:id": everything about an offer for the professional, and what to do with it. */
export function OfferPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const back = searchFromOffer(params);
  const { data, loading, error, refetch, cutOff, copied, savedAt } = useOfferOrCopy(id);
  const role = useViewer().data?.me?.role;
  const [panel, setPanel] = useState<Panel>(null);
  // The citizen's language for the print sheet and the e-mail ('' = Danish; ADR 043).
  // From the address when the way back from the print sheet carries it (`sprog=ar`), so the send is in it too.
  const [language, setLanguage] = useState(() => params.get('sprog')?.trim().toLowerCase() ?? '');
  // From the server, or offline from the device's copy (ADR 053): then without the network-only parts.
  const detail = data?.offer ?? null;
  const offer = detail ?? copied;
  useDocumentTitle(offer?.name ?? ui.offers.title);

  if (cutOff && !offer) return <OfferCutOff back={back} />;
  if (loading && !offer) return <LoadingStatus />;
  if (error && !offer) {
    return (
      <div className="page">
        <h1>{ui.offers.title}</h1>
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      </div>
    );
  }
  if (!offer) {
    return (
      <div className="page page--narrow">
        <h1>{ui.offers.notFound}</h1>
        <p>{ui.offers.notFoundText}</p>
        <Link to={back}>{ui.offers.backToSearch}</Link>
      </div>
    );
  }

  const isStaff = role === 'sundhedsstab' && detail !== null;
  // Only an active offer is handed out (the server refuses a send, the citizen's link shows nothing).
  const mayHandOut = offer.status === 'ACTIVE';
  const maySend = mayHandOut && (role === 'sundhedsstab' || role === 'frontmedarbejder');
  return (
    <article className="page offer-page" aria-labelledby="offer-title">
      <Link className="back-link" to={back}>
        {ui.offers.backToSearch}
      </Link>
      {!detail && <OfflineBanner savedAt={savedAt} withoutCopy={false} about="offer" />}
      <h1 id="offer-title">{offer.name}</h1>
      <p className="hit__badges">
        <OfferStatusBadge status={offer.status} coursesEnded={offer.coursesEnded} always />
        {offer.isDemoData && (
          <span className="badge" title={ui.offers.demoDataHint}>
            {ui.offers.demoData}
          </span>
        )}
        {detail && <SourceButton source={detail.source} label={offer.name} />}
      </p>
      {offer.alert && (
        <p className="offer-alert" role="note">
          {offer.alert}
        </p>
      )}
      <CourseNote offer={offer} className="offer-alert" />
      <p className="lead">{offer.shortDescription}</p>

      {/* The languages' list and translations need the network (ADR 043): offline the hand-out is Danish. */}
      {detail && mayHandOut && <LanguageSelect value={language} onChange={setLanguage} />}
      {!mayHandOut && (
        <p className="muted" role="note">
          {handoutMessages.notActiveNotice[offer.status] ?? handoutMessages.notActiveNotice.INACTIVE}
        </p>
      )}
      <div className="button-row" role="group" aria-label={ui.offers.actions}>
        {mayHandOut && (
          <Link
            className="button"
            to={withLanguage(offerFromSearch(offer.id, passSearch(params), '/udskrift'), language)}
          >
            {ui.offers.print}
          </Link>
        )}
        {maySend && (
          <button
            type="button"
            className="button"
            aria-expanded={panel === 'send'}
            onClick={() => setPanel(panel === 'send' ? null : 'send')}
          >
            {ui.offers.send}
          </button>
        )}
        {maySend && (
          <button
            type="button"
            className="button"
            aria-expanded={panel === 'sms'}
            onClick={() => setPanel(panel === 'sms' ? null : 'sms')}
          >
            {handoutMessages.sms.title}
          </button>
        )}
        {detail && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={panel === 'report'}
            onClick={() => setPanel(panel === 'report' ? null : 'report')}
          >
            {ui.offers.report}
          </button>
        )}
      </div>
      {panel === 'send' && maySend && (
        <SendToCitizenForm
          offerId={offer.id}
          offerName={offer.name}
          language={language}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === 'sms' && maySend && (
        <SendToCitizenForm
          offerId={offer.id}
          offerName={offer.name}
          language={language}
          channel="sms"
          onClose={() => setPanel(null)}
        />
      )}
      {panel === 'report' && <ReportErrorForm offerId={offer.id} onClose={() => setPanel(null)} />}
      {isStaff && <StaffActions offer={detail} />}
      {isStaff && <OfferTranslations offerId={offer.id} />}

      {(offer.tellCitizen || offer.intakeNotes || offer.professionalPhone || offer.keywords.length > 0) && (
        <section className="panel professional" aria-labelledby="professional-title">
          <h2 id="professional-title">{ui.offers.forProfessionals}</h2>
          <dl className="facts">
            {offer.tellCitizen && (
              <div className="facts__full">
                <dt>{ui.offers.tellCitizen}</dt>
                <dd>{offer.tellCitizen}</dd>
              </div>
            )}
            {offer.intakeNotes && (
              <div className="facts__full">
                <dt>{ui.offers.intakeNotes}</dt>
                <dd>{offer.intakeNotes}</dd>
              </div>
            )}
            {offer.professionalPhone && (
              <div>
                <dt>{ui.offers.professionalPhone}</dt>
                <dd>
                  <a href={`tel:${offer.professionalPhone.replace(/\s/g, '')}`}>{offer.professionalPhone}</a>
                </dd>
              </div>
            )}
            {offer.keywords.length > 0 && (
              // The words a search reason "nøgleord: …" names (ADR 054); the staff unit edits them in the form.
              <div className="facts__full">
                <dt>{ui.offers.keywordsOnPage}</dt>
                <dd>{offer.keywords.join(', ')}</dd>
              </div>
            )}
          </dl>
        </section>
      )}

      <OfferFacts offer={offer} />

      <section aria-labelledby="description-title">
        <h2 id="description-title">{ui.offers.description}</h2>
        <p className="prose">{offer.description}</p>
      </section>

      <p className="muted">
        {offer.assuredAt ? ui.offers.assured(formatDate(offer.assuredAt), offer.assuredByName) : ui.offers.neverAssured}
        {detail && (
          <>
            {' · '}
            {ui.offers.owner}: {detail.ownerOn.text}
            {' · '}
            {ui.offers.sendCount(detail.sendCount)}
          </>
        )}
      </p>

      {isStaff && <OfferHistory changes={detail.changes} />}
    </article>
  );
}
