import { useState } from 'react';
import { formatDateTime, previousQuarter, projectPageUi as t, today, ui } from '../../../shared';
import { EmptyState } from '../../../components/EmptyState';
import { ReportColourLabel } from '../../../components/ReportColourLabel';
import { SourceButton } from '../../../components/SourceButton';
import type { StatusReportData } from './projectPageQueries';
import { StatusReportForm } from './StatusReportForm';

interface StatusReportsSectionProps {
  projectId: string;
  reports: StatusReportData[];
  /** The staff unit, and a project lead for a project its unit owns (the API decides). */
  canReport: boolean;
  onMessage: (message: string) => void;
}

/** Quarterly status reports, newest first: colour as dot and word, short text, who and when. */
export function StatusReportsSection({ projectId, reports, canReport, onMessage }: StatusReportsSectionProps) {
  const [editing, setEditing] = useState<StatusReportData | 'new' | null>(null);
  const done = (saved: boolean) => {
    setEditing(null);
    if (saved) onMessage(t.saved);
  };
  return (
    <section className="panel" aria-labelledby="status-reports-title">
      <h2 id="status-reports-title">{t.reportsTitle}</h2>
      {reports.length === 0 ? (
        <EmptyState text={t.reportsEmpty} />
      ) : (
        <div className="table-scroll" role="region" aria-label={t.reportsCaption} tabIndex={0}>
          <table className="data-table">
            <caption>{t.reportsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.quarter}</th>
                <th scope="col">{t.colour}</th>
                <th scope="col">{t.text}</th>
                <th scope="col">{t.who}</th>
                <th scope="col">{t.reportedAt}</th>
                <th scope="col">{t.source}</th>
                {canReport && <th scope="col">{ui.themes.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => {
                const what = t.reportWhat(report.quarterLabel);
                return (
                  <tr key={report.id}>
                    <th scope="row">{report.quarterLabel}</th>
                    <td>
                      <ReportColourLabel colour={report.colour} label={report.colourLabel} />
                    </td>
                    <td>{report.text}</td>
                    <td>{report.authorName ?? t.unknownAuthor}</td>
                    <td>{formatDateTime(report.reportedAt)}</td>
                    <td>
                      <SourceButton source={report.source} label={what} />
                    </td>
                    {canReport && (
                      <td className="actions">
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          onClick={() => setEditing(report)}
                          aria-label={ui.themes.editLabel(what)}
                        >
                          {ui.themes.edit}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canReport &&
        (editing ? (
          <StatusReportForm
            key={editing === 'new' ? 'new' : editing.id}
            projectId={projectId}
            report={editing === 'new' ? undefined : editing}
            defaultQuarter={previousQuarter(today())}
            onDone={done}
          />
        ) : (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t.addReport}
          </button>
        ))}
    </section>
  );
}
