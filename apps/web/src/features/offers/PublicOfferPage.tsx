import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CourseNote } from './CourseNote';
import { OfferFacts } from './OfferFacts';
import { PUBLIC_OFFER_QUERY } from './offerQueries';
import { PUBLIC_OFFER_IN_LANGUAGE_QUERY } from './handout/handoutQueries';
import { LanguageNotice } from './handout/LanguageNotice';
import { Localized } from './handout/Localized';
import { languageAttributes, municipalityLine, pageTexts } from './handout/pageTexts';
import { useDocumentLanguage, useHandoutLanguage } from './handout/useHandoutLanguage';

/**
 * "/offentligt/tilbud/:id": the citizen's page (no sign-in): an active offer in plain Danish, or with
 * `?sprog=ar` in a language of the hand-out's list, Danish where it is not translated and saying so.
 */
export function PublicOfferPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PUBLIC_OFFER_QUERY, { variables: { id } });
  const { code, language, loading: languageLoading } = useHandoutLanguage();
  const inLanguage = useQuery(PUBLIC_OFFER_IN_LANGUAGE_QUERY, {
    variables: { id, language: code ?? '' },
    skip: !language,
  });
  useDocumentLanguage(language);
  const offer = data?.publicOffer;
  const translation = inLanguage.data?.publicOffer?.translation ?? null;
  const t = pageTexts(language);
  const chosen = Boolean(language);
  const danish = chosen ? ({ lang: 'da', dir: 'ltr' } as const) : {};
  useDocumentTitle((translation?.name ?? offer?.name) || ui.offers.title);
  const waiting = (loading && !data) || languageLoading || (inLanguage.loading && !inLanguage.data);
  // The offer's own municipality names the page; without an offer there is none to name.
  const intro = municipalityLine(language, 'intro', offer?.municipalityName);
  return (
    <>
      {/* No empty banner landmark while loading or for an offer not found: there is no municipality to name. */}
      {offer?.municipalityName && (
        <header className="public-header">
          <p className="public-header__name" {...danish}>
            {offer.municipalityName}
          </p>
        </header>
      )}
      <main id="indhold" className="app-main app-main--bare public-page" {...languageAttributes(language)}>
        {waiting ? (
          <LoadingStatus />
        ) : error && !data ? (
          <div {...danish}>
            <h1>{ui.offers.title}</h1>
            <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
          </div>
        ) : !offer ? (
          <div {...danish}>
            <h1>{ui.offers.publicNotFound}</h1>
            <p>{ui.offers.publicNotFoundText}</p>
          </div>
        ) : (
          <article aria-labelledby="public-title">
            <p className="muted" {...intro.attributes}>
              {intro.text}
            </p>
            <h1 id="public-title">
              <Localized translated={translation?.name} danish={offer.name} inLanguage={chosen} />
            </h1>
            <LanguageNotice language={language} translation={translation} className="offer-alert" />
            {offer.alert && (
              <p className="offer-alert" role="note" {...danish}>
                {offer.alert}
              </p>
            )}
            <CourseNote offer={offer} className="offer-alert" language={language} />
            <p className="lead">
              <Localized
                translated={translation?.shortDescription}
                danish={offer.shortDescription}
                inLanguage={chosen}
              />
            </p>
            <OfferFacts offer={offer} forCitizen language={language} translation={translation} />
            <h2>{t.about}</h2>
            <p className="prose">
              <Localized translated={translation?.description} danish={offer.description} inLanguage={chosen} />
            </p>
          </article>
        )}
      </main>
    </>
  );
}
