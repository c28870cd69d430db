import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  cofinancingMessages,
  cofinancingUi as t,
  formatDate,
  formatDateTime,
  formatKr,
  formatNumber,
  today,
} from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { MonthMultiples, TrendChart } from './CofinancingCharts';
import { BreakdownTables, MonthTable, PreventableTable } from './CofinancingTables';
import { CofinancingImportForm } from './CofinancingImportForm';
import { ComparisonSets } from './ComparisonSets';
import { RateSetEditor } from './RateSetEditor';
import { RegimeTimeline } from './RegimeTimeline';
import { ThemeFSection } from './ThemeFSection';
import {
  COFINANCING_OVERVIEW_QUERY,
  SET_COFINANCING_THRESHOLD_MUTATION,
  type CofinancingOverviewData,
} from './cofinancingQueries';

const perInhabitant = (value: number | null | undefined) => (value == null ? t.notComputed : formatKr(value, 2));

/** "/medfinansiering": co-financing as management information (issue 13), staff unit and director. */
export function CofinancingPage() {
  useDocumentTitle(t.title);
  const thisYear = Number(today().slice(0, 4));
  const [years, setYears] = useState({ fromYear: thisYear - 9, toYear: thisYear });
  const [draft, setDraft] = useState(years);
  const { data, loading, error, refetch } = useQuery(COFINANCING_OVERVIEW_QUERY, {
    variables: years,
    fetchPolicy: 'cache-and-network',
  });
  const viewer = useViewer();
  const staff = viewer.data?.me?.role === 'sundhedsstab';
  const overview = data?.cofinancingOverview;
  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setYears(draft);
  };
  return (
    <div className="page cofinancing-page">
      <h1>{t.title}</h1>
      <form className="cofinancing-years" onSubmit={show}>
        <div className="field">
          <label htmlFor="cofin-from">{t.fromYear}</label>
          <input
            id="cofin-from"
            type="number"
            inputMode="numeric"
            value={draft.fromYear}
            onChange={(e) => setDraft({ ...draft, fromYear: Number(e.target.value) })}
          />
        </div>
        <div className="field">
          <label htmlFor="cofin-to">{t.toYear}</label>
          <input
            id="cofin-to"
            type="number"
            inputMode="numeric"
            value={draft.toYear}
            onChange={(e) => setDraft({ ...draft, toYear: Number(e.target.value) })}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t.show}
        </button>
      </form>
      <p className="overview-actions">
        <a
          className="button button--secondary"
          href={`/api/cofinancing/export.xlsx?fromYear=${years.fromYear}&toYear=${years.toYear}`}
          download
        >
          {t.exportExcel}
        </a>{' '}
        <a className="button button--secondary" href="/api/cofinancing/example.csv" download>
          {t.exampleFile}
        </a>
      </p>
      {loading && !overview ? (
        <LoadingStatus />
      ) : error && !overview ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : overview ? (
        <OverviewSections overview={overview} toYear={years.toYear} staff={staff} />
      ) : null}
      {staff && overview && (
        <section aria-labelledby="cofin-import-title">
          <h2 id="cofin-import-title">{t.importSectionTitle}</h2>
          <CofinancingImportForm kind="activity" onImported={() => void refetch()} />
          <CofinancingImportForm kind="population" onImported={() => void refetch()} />
          <CofinancingImportForm kind="preventable" onImported={() => void refetch()} />
          <ComparisonSets />
          <RateSetEditor />
          <ThresholdForm overview={overview} onSaved={() => void refetch()} />
        </section>
      )}
    </div>
  );
}

function OverviewSections({
  overview,
  toYear,
  staff,
}: {
  overview: CofinancingOverviewData;
  toYear: number;
  staff: boolean;
}) {
  const levels = overview.comparisons;
  const lastYear = overview.byYear.at(-1)?.year;
  const sourceLine = overview.imports
    .filter((i) => !i.superseded)
    .map((i) => `${i.sourceKind}: ${i.sourceText}${i.synthetic ? ` (${t.syntheticLabel})` : ''}`);
  const sources = [...new Set(sourceLine)].join('; ');
  return (
    <>
      <p className="lead">{t.intro(overview.municipality)}</p>
      {overview.imports.some((i) => i.synthetic && !i.superseded) && (
        <p className="notice" role="note">
          <strong>{t.syntheticNoticeTitle}:</strong> {t.syntheticNotice}
        </p>
      )}
      {overview.populationMissing && (
        <p className="notice" role="note">
          {overview.populationMissing}
        </p>
      )}
      <section aria-labelledby="cofin-years">
        <h2 id="cofin-years">{t.byYearTitle}</h2>
        {overview.byYear.length === 0 ? (
          <EmptyState text={t.noData} />
        ) : (
          <>
            <TrendChart overview={overview} />
            <div className="table-scroll" role="region" aria-label={t.byYearCaption} tabIndex={0}>
              <table className="data-table">
                <caption>{t.byYearCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.year}</th>
                    <th scope="col">{t.amount}</th>
                    <th scope="col">{t.uncomputed}</th>
                    <th scope="col">{t.perInhabitant}</th>
                    {levels.map((c) => (
                      <th scope="col" key={c.label}>
                        {c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {overview.byYear.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className="num">{formatKr(y.amount)}</td>
                      <td className="num">{formatNumber(y.uncomputedContacts)}</td>
                      <td className="num">{perInhabitant(y.perInhabitant)}</td>
                      {levels.map((c) => (
                        <td className="num" key={c.label}>
                          {perInhabitant(c.byYear.find((b) => b.year === y.year)?.perInhabitant)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="source-line">
              {t.source}: {sources}
            </p>
            <h3>{t.comparisonsTitle}</h3>
            <ul>
              {levels.map((c) => (
                <li key={c.label}>
                  <strong>{c.label}</strong>
                  {c.note ? `: ${c.note}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {overview.byMonth.length > 0 && (
        <section aria-labelledby="cofin-months">
          <h2 id="cofin-months">{t.monthsTitle}</h2>
          <MonthMultiples overview={overview} />
          <MonthTable overview={overview} />
        </section>
      )}
      {lastYear !== undefined && overview.breakdown.length > 0 && (
        <section aria-labelledby="cofin-breakdown">
          <h2 id="cofin-breakdown">{t.breakdownTitle(lastYear)}</h2>
          <BreakdownTables overview={overview} year={lastYear} />
          <p className="source-line">
            {t.source}: {sources}
          </p>
        </section>
      )}
      {lastYear !== undefined && <ThemeFSection year={lastYear} staff={staff} />}
      <section aria-labelledby="cofin-paid">
        <h2 id="cofin-paid">{t.paidTitle}</h2>
        {overview.paid.length === 0 ? (
          <p>{t.noPaid}</p>
        ) : (
          <table className="data-table">
            <caption>{t.paidTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col">{t.aconto}</th>
                <th scope="col">{t.settlement}</th>
                <th scope="col">{t.computed}</th>
              </tr>
            </thead>
            <tbody>
              {overview.paid.map((p) => (
                <tr key={`${p.year}-${p.month}`}>
                  <th scope="row">{`${p.month}.${p.year}`}</th>
                  <td className="num">{formatKr(p.aconto)}</td>
                  <td className="num">{formatKr(p.settlement)}</td>
                  <td className="num">{formatKr(p.computed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="cofin-preventable">
        <h2 id="cofin-preventable">{t.preventableTitle}</h2>
        <p>{overview.preventableDefinition}</p>
        {overview.preventable.length === 0 ? <p>{t.noPreventable}</p> : <PreventableTable overview={overview} />}
      </section>
      <section aria-labelledby="cofin-regimes">
        <h2 id="cofin-regimes">{t.regimesTitle}</h2>
        <RegimeTimeline regimes={overview.regimes} toYear={toYear} />
      </section>
      <section aria-labelledby="cofin-sources">
        <h2 id="cofin-sources">{t.sourcesTitle}</h2>
        {overview.imports.length === 0 ? (
          <p>{t.noData}</p>
        ) : (
          <div className="table-scroll" role="region" aria-label={t.sourcesTitle} tabIndex={0}>
            <table className="data-table">
              <caption>{t.sourcesTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.period}</th>
                  <th scope="col">{t.sourceKindLabel}</th>
                  <th scope="col">{t.source}</th>
                  <th scope="col">{t.file}</th>
                  <th scope="col">{t.importedAt}</th>
                  <th scope="col">{t.importedBy}</th>
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {overview.imports.map((i) => (
                  <tr key={i.id}>
                    <td>{`${formatDate(i.periodFrom)}–${formatDate(i.periodTo)}`}</td>
                    <td>{i.sourceKind}</td>
                    <td>
                      {i.sourceText}
                      {i.synthetic ? ` (${t.syntheticLabel})` : ''}
                    </td>
                    <td>{i.fileName}</td>
                    <td>{formatDateTime(i.importedAt)}</td>
                    <td>{i.importedBy}</td>
                    <td>{i.superseded ? t.superseded : t.active}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function ThresholdForm({ overview, onSaved }: { overview: CofinancingOverviewData; onSaved: () => void }) {
  const [percent, setPercent] = useState(String(Math.round(overview.deviationThreshold * 100)));
  const [message, setMessage] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_COFINANCING_THRESHOLD_MUTATION);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = Number(percent.replace(',', '.'));
    if (!(value >= 1 && value <= 100)) return setMessage(cofinancingMessages.thresholdInvalid);
    try {
      await save({ variables: { percent: value, version: overview.settingsVersion } });
      setMessage(t.thresholdSaved);
      onSaved();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <section className="panel" aria-labelledby="cofin-threshold">
      <h3 id="cofin-threshold">{t.thresholdTitle}</h3>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="cofin-threshold-input">{t.thresholdLabel}</label>
          <input
            id="cofin-threshold-input"
            type="text"
            inputMode="decimal"
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {t.thresholdSave}
        </button>
      </form>
      <div role="status" className="live-message">
        {message && <p>{message}</p>}
      </div>
    </section>
  );
}
