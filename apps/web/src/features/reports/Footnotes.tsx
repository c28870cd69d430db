import { reportMessages as rm } from '../../shared';
import type { QuarterlyReportData } from './reportQueries';

const anchor = (n: number) => `kilde-${n}`;

/** "[3]" after a figure, a link to its source under "Kilder"; "Kilde ikke oplyst" where none is stated. */
export function FootnoteRef({ n }: { n: number | null | undefined }) {
  if (!n) return <span className="footnote-ref footnote-ref--none"> ({rm.noSource.toLowerCase()})</span>;
  return (
    <sup className="footnote-ref">
      <a href={`#${anchor(n)}`} aria-label={rm.footnoteRef(n)}>
        [{n}]
      </a>
    </sup>
  );
}

/** The numbered sources, printed as the report's footnotes. */
export function SourceList({ footnotes }: { footnotes: QuarterlyReportData['footnotes'] }) {
  return (
    <section className="report-section report-sources" aria-labelledby="kilder">
      <h2 id="kilder">{rm.sections.sources}</h2>
      <ol className="report-sources__list">
        {footnotes.map((f) => (
          <li key={f.number} id={anchor(f.number)} value={f.number}>
            {f.text}
            {f.url ? (
              <>
                {', '}
                <a href={f.url} className="report-sources__url">
                  {f.url}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
