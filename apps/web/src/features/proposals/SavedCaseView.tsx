import { useApolloClient, useLazyQuery, useMutation } from '@apollo/client/react';
import { Suspense, useState } from 'react';
import { formatDateTime, formatKr, proposalsUi } from '../../shared';
import { LoadingStatus } from '../../components/LoadingStatus';
import { conflictFromError } from '../../components/conflict';
import { lazyNamed } from '../../components/lazyNamed';
import type { BusinessCaseAssumptionsInput } from '../../__generated__/graphql';
import { BusinessCaseResultView } from '../calculations/BusinessCaseResultView';
import { AssumptionsForm } from './AssumptionsForm';
import { RealisedView } from './RealisedView';
import { COMPARE_VERSIONS, PROPOSAL_QUERY, SAVE_CASE_VERSION, type SavedCaseData } from './proposalQueries';

const CaseCharts = lazyNamed(() => import('./CaseCharts'), 'CaseCharts');
const t = proposalsUi.cases;

/** One saved business case: its result (old beside new after a re-run), charts, versions and comparison. */
export function SavedCaseView({ c, canEdit, headingId }: { c: SavedCaseData; canEdit: boolean; headingId: string }) {
  const [compare, comparison] = useLazyQuery(COMPARE_VERSIONS);
  const client = useApolloClient();
  const [save] = useMutation(SAVE_CASE_VERSION, { refetchQueries: [PROPOSAL_QUERY] });
  // The stored version a CONFLICT named (ADR 016): the form keeps what the user typed, and the next save
  // goes on top of that version instead of failing again at the one the page was opened at.
  const [storedVersion, setStoredVersion] = useState<number | null>(null);
  const numbers = c.versions.map((v) => v.number);
  const [a, setA] = useState(numbers[1] ?? numbers[0] ?? 1);
  const [b, setB] = useState(numbers[0] ?? 1);
  const latest = c.versions[0];
  const prev = c.previousResult;
  return (
    <article className="saved-case" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {c.name} <span className="muted">({c.templateLabel})</span>
      </h3>
      {c.paybackText && <p className="payback">{c.paybackText}</p>}
      {prev && c.result && (
        <div className="table-scroll" role="region" aria-label={t.rerun(c.rerunReason ?? '')} tabIndex={0}>
          <table className="data-table rerun-table">
            <caption>{t.rerun(c.rerunReason ?? '')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.what}</th>
                <th scope="col" className="num">
                  {t.previous}
                </th>
                <th scope="col" className="num">
                  {t.current}
                </th>
                <th scope="col" className="num">
                  {t.change}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{proposalsUi.charts.npv}</th>
                <td className="num">{formatKr(prev.npv)}</td>
                <td className="num">{formatKr(c.result.npv)}</td>
                <td className="num">{formatKr(c.result.npv - prev.npv)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row no-print">
        <a className="button button--secondary button--small" href={`/api/business-cases/${c.id}.xlsx`} download>
          {t.exportExcel}
        </a>
        <a className="button button--secondary button--small" href={`/api/business-cases/${c.id}.pdf`} download>
          {t.exportPdf}
        </a>
        <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
          {t.printButton}
        </button>
      </div>
      {c.result && (
        <>
          <BusinessCaseResultView result={c.result} />
          <Suspense fallback={<LoadingStatus />}>
            <CaseCharts result={c.result} />
          </Suspense>
        </>
      )}
      <RealisedView c={c} canEdit={canEdit} />
      <div className="table-scroll" role="region" aria-label={t.versions} tabIndex={0}>
        <table className="data-table">
          <caption>{t.versions}</caption>
          <thead>
            <tr>
              <th scope="col">{t.version}</th>
              <th scope="col">{t.why}</th>
              <th scope="col">{t.by}</th>
              <th scope="col">{t.when}</th>
            </tr>
          </thead>
          <tbody>
            {c.versions.map((v) => (
              <tr key={v.id}>
                <td>{v.number}</td>
                <td>{v.reason}</td>
                <td>{v.userName ?? t.byDocuments}</td>
                <td>{formatDateTime(v.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {numbers.length > 1 && (
        <form
          className="compare-form no-print"
          onSubmit={(e) => {
            e.preventDefault();
            void compare({ variables: { id: c.id, a, b } });
          }}
        >
          <h4>{t.compare}</h4>
          {(['a', 'b'] as const).map((side) => (
            <div key={side} className="field">
              <label htmlFor={`${headingId}-cmp-${side}`}>{side === 'a' ? t.compareA : t.compareB}</label>
              <select
                id={`${headingId}-cmp-${side}`}
                value={side === 'a' ? a : b}
                onChange={(e) => (side === 'a' ? setA : setB)(Number(e.target.value))}
              >
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="button button--secondary button--small">
            {t.compareSubmit}
          </button>
        </form>
      )}
      {comparison.data && (
        <div className="table-scroll" role="region" aria-label={t.compare} tabIndex={0}>
          <table className="data-table">
            <caption>{t.compare}</caption>
            <thead>
              <tr>
                <th scope="col">{t.what}</th>
                <th scope="col">{`${t.version} ${a}`}</th>
                <th scope="col">{`${t.version} ${b}`}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.data.compareBusinessCaseVersions.inputs.length === 0 && (
                <tr>
                  <td colSpan={3}>{t.compareNone}</td>
                </tr>
              )}
              {[
                ...comparison.data.compareBusinessCaseVersions.inputs,
                ...comparison.data.compareBusinessCaseVersions.results,
              ].map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.a ?? ''}</td>
                  <td>{row.b ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && latest && (
        <details className="no-print">
          <summary>{t.newVersionTitle}</summary>
          <AssumptionsForm
            idPrefix={`${headingId}-v`}
            start={latest.assumptions as BusinessCaseAssumptionsInput}
            withName={false}
            submitLabel={t.saveVersion}
            onSubmit={async ({ assumptions, reason }) => {
              try {
                await save({
                  variables: { id: c.id, version: storedVersion ?? c.version, input: assumptions, reason },
                });
                setStoredVersion(null);
              } catch (error) {
                const conflict = conflictFromError(error);
                if (!conflict) throw error;
                setStoredVersion(conflict.currentVersion);
                void client.refetchQueries({ include: [PROPOSAL_QUERY] });
                throw new Error(`${conflict.message} ${t.saveOnTop}`, { cause: error });
              }
            }}
          />
        </details>
      )}
    </article>
  );
}
