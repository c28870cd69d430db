import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useDeferredValue, useState } from 'react';
import { proposalsUi } from '../../shared';

const t = proposalsUi.edit;

export interface LinkItem {
  id: string;
  name: string;
}

interface LinkPickerProps {
  id: string;
  /** The list's name, e.g. "Bygger på tilbud". */
  label: string;
  chosen: readonly LinkItem[];
  onChange: (next: LinkItem[]) => void;
  /** A query that searches by name on the server and answers at most a page (never the whole list). */
  query: TypedDocumentNode<Record<string, LinkItem[]>, { search: string }>;
  /** The field of the query's answer that holds the hits. */
  field: string;
}

/**
 * The offers or projects a proposal builds on: the chosen ones with "Fjern", and a search box whose hits
 * (from the server, a page at a time) each have "Tilføj". The search starts at two letters.
 */
export function LinkPicker({ id, label, chosen, onChange, query, field }: LinkPickerProps) {
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const { data, loading } = useQuery(query, { variables: { search: term }, skip: term.length < 2 });
  const found = term.length < 2 ? [] : (data?.[field] ?? []);
  const hits = found.filter((h) => !chosen.some((c) => c.id === h.id));
  return (
    <fieldset className="link-picker">
      <legend>{label}</legend>
      {chosen.length === 0 ? (
        <p className="muted">{t.noneChosen}</p>
      ) : (
        <ul className="link-picker__chosen">
          {chosen.map((item) => (
            <li key={item.id}>
              {item.name}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(chosen.filter((c) => c.id !== item.id))}
              >
                {t.remove(item.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-search`}>{t.search(label.toLowerCase())}</label>
      <p id={`${id}-search-hint`} className="field__hint">
        {t.searchHint}
      </p>
      <input
        id={`${id}-search`}
        type="search"
        aria-describedby={`${id}-search-hint`}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <p className="muted" role="status" aria-live="polite">
        {term.length < 2 ? '' : loading && !data ? t.searching : found.length ? t.hits(found.length) : t.noHits}
      </p>
      {hits.length > 0 && (
        <ul className="link-picker__hits">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange([...chosen, { id: hit.id, name: hit.name }])}
              >
                {t.add(hit.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
