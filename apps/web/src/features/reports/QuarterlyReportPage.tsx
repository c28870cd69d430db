import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { formatDate, formatQuarter, reportMessages as rm } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { SourceList } from './Footnotes';
import { QuarterChooser } from './QuarterChooser';
import { chosenQuarter, pdfHref } from './quarterParams';
import {
  BudgetSection,
  IndicatorsSection,
  LateSection,
  ProjectsSection,
  SummarySection,
  ThemesSection,
} from './ReportSections';
import { QUARTERLY_REPORT_QUERY, type QuarterlyReportData } from './reportQueries';

const isEmpty = (r: QuarterlyReportData) =>
  r.themes.length === 0 && r.projects.length === 0 && r.budget.length === 0 && r.indicators.length === 0;

/**
 * "/rapporter/kvartal": the quarterly report for Social- og Sundhedsudvalget for a chosen quarter (the
 * last finished one by default), as a print-ready A4 page with numbered sources, and its PDF.
 */
export function QuarterlyReportPage() {
  const [params, setParams] = useSearchParams();
  const chosen = chosenQuarter(params);
  const title = rm.title(formatQuarter(chosen.year, chosen.quarter));
  useDocumentTitle(title);
  const { data, loading, error, refetch } = useQuery(QUARTERLY_REPORT_QUERY, { variables: chosen });
  const report = data?.quarterlyReport;
  return (
    <div className="page quarterly-report">
      <div className="print-toolbar">
        <QuarterChooser
          key={`${chosen.year}-${chosen.quarter}`}
          year={chosen.year}
          quarter={chosen.quarter}
          onChoose={(q) => setParams({ aar: String(q.year), kvartal: String(q.quarter) })}
        />
        <p className="quarterly-report__actions">
          <a className="button" href={pdfHref(chosen)} download>
            {rm.downloadPdf}
          </a>{' '}
          <button type="button" className="button" onClick={() => window.print()}>
            {rm.print}
          </button>
        </p>
      </div>
      <h1>{title}</h1>
      {loading && !report ? (
        <LoadingStatus text={rm.loading} />
      ) : error && !report ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !report || isEmpty(report) ? (
        <EmptyState text={rm.empty} />
      ) : (
        <article className="quarterly-report__body">
          <p>{rm.intro(report.quarterLabel, formatDate(report.periodEnd))}</p>
          <SummarySection report={report} />
          <ThemesSection themes={report.themes} />
          <ProjectsSection report={report} />
          <LateSection items={report.lateItems} />
          <IndicatorsSection indicators={report.indicators} />
          <BudgetSection report={report} />
          <SourceList footnotes={report.footnotes} />
        </article>
      )}
    </div>
  );
}
