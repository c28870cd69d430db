import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { handoutMessages } from '../../../shared';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { OFFER_TRANSLATIONS_QUERY } from './handoutQueries';
import { TranslationForm } from './TranslationForm';

const m = handoutMessages.translation;
const PARTS = ['name', 'shortDescription', 'description', 'eligibility'] as const;

/** "Oversættelser" on the offer page (staff unit): the summary per language of the list, and its editor. */
export function OfferTranslations({ offerId }: { offerId: string }) {
  const { data, loading, error, refetch } = useQuery(OFFER_TRANSLATIONS_QUERY, { variables: { id: offerId } });
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const offer = data?.offer;
  return (
    <section className="panel" aria-labelledby="translations-title">
      <h2 id="translations-title">{m.title}</h2>
      <p>{m.intro}</p>
      {loading && !data ? (
        <LoadingStatus />
      ) : error && !data ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : offer && data ? (
        <>
          <ul className="plain-list">
            {data.handoutLanguages.map((language) => {
              const stored = offer.translations.find((t) => t.language === language.code);
              const done = stored ? PARTS.filter((p) => stored[p]).length : 0;
              return (
                <li key={language.code} className="button-row">
                  <span>
                    {language.name} (<span lang={language.code}>{language.nativeName}</span>):{' '}
                    {done ? m.translated(done, PARTS.length) : m.missing}
                  </span>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-expanded={editing === language.code}
                    onClick={() => {
                      setMessage(null);
                      setEditing(editing === language.code ? null : language.code);
                    }}
                  >
                    {m.edit(language.name)}
                  </button>
                </li>
              );
            })}
          </ul>
          {data.handoutLanguages
            .filter((language) => language.code === editing)
            .map((language) => (
              <TranslationForm
                key={language.code}
                offerId={offerId}
                danish={offer}
                language={language}
                translation={offer.translations.find((t) => t.language === language.code)}
                onDone={(saved) => {
                  setEditing(null);
                  setMessage(saved ? m.saved : null);
                }}
              />
            ))}
          <p className="live-message" role="status">
            {message}
          </p>
        </>
      ) : null}
    </section>
  );
}
