import { createContext, type ReactNode } from 'react';
import { followUpUi, formatDate } from '../shared';
import type { SourceFieldsFragment } from '../__generated__/graphql';

/**
 * Print footnotes for "Kilde" (issue 9, deliverable 7): a page numbers its sources once each; every
 * SourceButton inside shows its source's number in print, and SourceFootnoteList lists them at the end.
 */
export const SourceFootnoteContext = createContext<ReadonlyMap<string, number> | null>(null);

type Source = SourceFieldsFragment | null | undefined;

/** The distinct sources in the order given, numbered from 1. */
export function numberSources(sources: readonly Source[]): {
  numbers: Map<string, number>;
  list: SourceFieldsFragment[];
} {
  const numbers = new Map<string, number>();
  const list: SourceFieldsFragment[] = [];
  for (const source of sources) {
    if (!source || numbers.has(source.id)) continue;
    list.push(source);
    numbers.set(source.id, list.length);
  }
  return { numbers, list };
}

/** Numbers the sources of the page for the SourceButtons inside, and lists them at the end (print only). */
export function SourceFootnotes({ sources, children }: { sources: readonly Source[]; children: ReactNode }) {
  const { numbers, list } = numberSources(sources);
  return (
    <SourceFootnoteContext.Provider value={numbers}>
      {children}
      {list.length > 0 && (
        <section className="print-only source-footnotes" aria-labelledby="source-footnotes-title">
          <h2 id="source-footnotes-title">{followUpUi.footnotes.title}</h2>
          <ol>
            {list.map((source) => (
              <li key={source.id}>
                {followUpUi.footnotes.item([
                  source.title,
                  source.section ?? '',
                  source.date ? formatDate(source.date) : '',
                  source.note ?? '',
                  source.url ?? '',
                ])}
              </li>
            ))}
          </ol>
        </section>
      )}
    </SourceFootnoteContext.Provider>
  );
}
