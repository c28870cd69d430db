import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate, formatNumber, searchLearningUi } from '../../../shared';
import { errorMessage } from '../../../components/errorMessage';
import { conflictFromError } from '../../../components/conflict';
import { FormField } from '../../../components/FormField';
import { KeywordPicker } from './KeywordPicker';
import { ADD_CONCEPT_TERM_MUTATION, ADD_SEARCH_SYNONYM_MUTATION, SEARCH_MISSES_QUERY } from './searchMissQueries';

const m = searchLearningUi.misses;

/**
 * One word of the list with its one-step "add as a synonym" form. `display` is the word as Danish writes
 * it ("knogleskør"); it is shown and added, while the folded `term` only keys the row.
 */
function MissRow({
  term,
  display,
  count,
  lastSeenAt,
  version,
  onAdded,
  idPrefix,
}: {
  idPrefix: string;
  term: string;
  display: string;
  count: number;
  lastSeenAt: string;
  version: number;
  onAdded: (text: string) => void;
}) {
  const [meaning, setMeaning] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [add, { loading }] = useMutation(ADD_SEARCH_SYNONYM_MUTATION, {
    refetchQueries: ['SearchMisses', 'SearchSynonyms'],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await add({ variables: { version, term: display, meaning } });
      setError(undefined);
      onAdded(m.added(display, meaning.trim()));
    } catch (caught) {
      setError(conflictFromError(caught) ? m.conflict : errorMessage(caught));
    }
  };
  const [keywordOpen, setKeywordOpen] = useState(false);
  const id = `${idPrefix}-${term}`;
  const [concept, setConcept] = useState('');
  const [conceptError, setConceptError] = useState<string | undefined>();
  const [addToConcept, { loading: addingToConcept }] = useMutation(ADD_CONCEPT_TERM_MUTATION, {
    refetchQueries: ['SearchMisses', 'MunicipalVocabulary'],
    awaitRefetchQueries: true,
  });
  const submitConcept = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await addToConcept({ variables: { nationalId: concept.trim(), term: display } });
      setConceptError(undefined);
      onAdded(m.addedToConcept(display, concept.trim()));
    } catch (caught) {
      setConceptError(conflictFromError(caught) ? m.conceptConflict : errorMessage(caught));
    }
  };
  return (
    <tr>
      <th scope="row">{display}</th>
      <td className="num">{formatNumber(count)}</td>
      <td>{formatDate(lastSeenAt)}</td>
      <td>
        <form className="search-miss__form" onSubmit={(event) => void submit(event)} noValidate>
          <FormField id={id} label={m.meaningLabel(display)} hint={m.meaningHint} error={error}>
            {(control) => <input {...control} value={meaning} onChange={(e) => setMeaning(e.target.value)} />}
          </FormField>
          <button type="submit" className="button" disabled={loading}>
            {loading ? m.adding : m.add}
          </button>
        </form>
        <form className="search-miss__form" onSubmit={(event) => void submitConcept(event)} noValidate>
          <FormField id={`${id}-concept`} label={m.conceptLabel(display)} hint={m.conceptHint} error={conceptError}>
            {(control) => (
              <input {...control} list="miss-concepts" value={concept} onChange={(e) => setConcept(e.target.value)} />
            )}
          </FormField>
          <button type="submit" className="button button--secondary" disabled={addingToConcept}>
            {addingToConcept ? m.adding : m.addToConcept}
          </button>
        </form>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={keywordOpen}
          aria-controls={keywordOpen ? `${id}-keyword` : undefined}
          onClick={() => setKeywordOpen((open) => !open)}
        >
          {m.keywordToggle}
        </button>
        {keywordOpen && (
          <div id={`${id}-keyword`}>
            <KeywordPicker term={display} idPrefix={id} onAdded={onAdded} />
          </div>
        )}
      </td>
    </tr>
  );
}

type Term = { term: string; display: string; count: number; lastSeenAt: unknown };

/** One list of words with their counts and the one-click actions. */
function TermTable({
  terms,
  countLabel,
  idPrefix,
  version,
  onAdded,
}: {
  terms: readonly Term[];
  countLabel: string;
  idPrefix: string;
  version: number;
  onAdded: (text: string) => void;
}) {
  return (
    <table className="table search-misses">
      <thead>
        <tr>
          <th scope="col">{m.term}</th>
          <th scope="col" className="num">
            {countLabel}
          </th>
          <th scope="col">{m.lastSeen}</th>
          <th scope="col">{m.action}</th>
        </tr>
      </thead>
      <tbody>
        {terms.map((t) => (
          <MissRow
            key={t.term}
            idPrefix={idPrefix}
            term={t.term}
            display={t.display}
            count={t.count}
            lastSeenAt={String(t.lastSeenAt)}
            version={version}
            onAdded={onAdded}
          />
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Søgninger uden resultat" (ADR 041): words searched in vain at least three times, and (ADR 054) words of
 * searches whose hits were shown but none opened; one click to a synonym, a concept or an offer's keyword.
 */
export function SearchMissesPanel() {
  const { data, loading, error } = useQuery(SEARCH_MISSES_QUERY, { fetchPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<string | null>(null);
  const misses = data?.searchMisses ?? [];
  const notOpened = data?.searchesNotOpened ?? [];
  const n = searchLearningUi.notOpened;
  return (
    <section className="panel" aria-labelledby="search-misses-title">
      <h2 id="search-misses-title">{m.title}</h2>
      <p>{m.intro}</p>
      {error && <p className="field__error">{errorMessage(error)}</p>}
      {!data && loading && <p>{m.loading}</p>}
      {data && misses.length === 0 && <p>{m.empty}</p>}
      {data && misses.length > 0 && (
        <TermTable
          terms={misses}
          countLabel={m.count}
          idPrefix="miss"
          version={data.searchSynonymsVersion}
          onAdded={setMessage}
        />
      )}
      <h3 id="search-not-opened-title">{n.title}</h3>
      <p>{n.intro}</p>
      {data && notOpened.length === 0 && <p>{n.empty}</p>}
      {data && notOpened.length > 0 && (
        <TermTable
          terms={notOpened}
          countLabel={n.count}
          idPrefix="unopened"
          version={data.searchSynonymsVersion}
          onAdded={setMessage}
        />
      )}
      <datalist id="miss-concepts">
        {(data?.nationalConcepts ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </datalist>
      <p className="live-message" role="status">
        {message}
      </p>
    </section>
  );
}
