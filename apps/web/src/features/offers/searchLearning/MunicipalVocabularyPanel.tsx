import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { vocabularyUi as t } from '../../../shared';
import { errorMessage } from '../../../components/errorMessage';
import { MunicipalConceptForm } from './MunicipalConceptForm';
import { MUNICIPAL_VOCABULARY_QUERY } from './vocabularyQueries';

/** "Kommunens ordforråd" (ADR 045): the staff unit's layer over the national search vocabulary. */
export function MunicipalVocabularyPanel() {
  const { data, loading, error } = useQuery(MUNICIPAL_VOCABULARY_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const rows = data?.municipalVocabulary ?? [];
  const national = data?.nationalConcepts ?? [];
  const done = (saved: string | null) => {
    setEditing(null);
    if (saved) setMessage(t.saved(saved));
  };
  return (
    <section className="panel" aria-labelledby="municipal-vocabulary-title">
      <h2 id="municipal-vocabulary-title">{t.title}</h2>
      <p>{t.intro}</p>
      {error && <p className="field__error">{errorMessage(error)}</p>}
      {!data && loading && <p>{t.loading}</p>}
      {data && rows.length === 0 && <p>{t.empty}</p>}
      {rows.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.concept}</th>
              <th scope="col">{t.added}</th>
              <th scope="col">{t.hidden}</th>
              <th scope="col">{t.broad}</th>
              <th scope="col">
                <span className="visually-hidden">{t.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td>{row.addedTerms.join(', ')}</td>
                <td>{row.hiddenTerms.join(', ')}</td>
                <td>{row.broad ? t.yes : t.no}</td>
                <td>
                  <button type="button" className="button button--secondary" onClick={() => setEditing(row.id)}>
                    {t.edit(row.label)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && editing !== 'new' && (
        <MunicipalConceptForm
          key={editing}
          concept={rows.find((r) => r.id === editing)}
          nationalConcepts={national}
          onDone={done}
        />
      )}
      {editing === 'new' && <MunicipalConceptForm nationalConcepts={national} onDone={done} />}
      {editing === null && data && (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t.add}
        </button>
      )}
      <p className="live-message" role="status">
        {message}
      </p>
    </section>
  );
}
