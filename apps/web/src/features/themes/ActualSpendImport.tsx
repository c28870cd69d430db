import { useRef, useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorMessages, ui } from '../../shared';
import { ImportErrorTable, type ImportError } from '../../components/ImportErrorTable';
import { useViewer } from '../auth/useViewer';
import { forgetOverview } from './forgetOverview';

interface Report {
  imported: number;
  updated: number;
  errors: ImportError[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the file to POST /api/budget/actuals.xlsx; the row report, or a Danish reason it was not sent. */
async function upload(file: File): Promise<{ report: Report } | { failure: string }> {
  const res = await fetch('/api/budget/actuals.xlsx', {
    method: 'POST',
    headers: { 'content-type': XLSX, 'x-file-name': encodeURIComponent(file.name) },
    body: file,
    credentials: 'same-origin',
  });
  if (res.status === 401) return { failure: errorMessages.unauthenticated };
  if (res.status === 403) return { failure: errorMessages.forbidden };
  const body = (await res.json().catch(() => null)) as Report | null;
  return body && Array.isArray(body.errors) ? { report: body } : { failure: ui.actualSpend.failed };
}

/** The staff unit's import of actual spend from the finance partner's Excel file, with the row report. */
export function ActualSpendImport() {
  const { data } = useViewer();
  return data?.me?.role === 'sundhedsstab' ? <ActualSpendForm /> : null;
}

function ActualSpendForm() {
  const fileRef = useRef<HTMLInputElement>(null);
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setReport(null);
    if (!file) return setFailure(ui.actualSpend.chooseFile);
    setBusy(true);
    try {
      const result = await upload(file);
      setFailure('failure' in result ? result.failure : null);
      if ('report' in result) {
        setReport(result.report);
        // The budget lines' figures changed: the cached lists of lines and the overview are fetched again.
        if (!result.report.errors.length) {
          forgetOverview(client.cache);
          for (const id of Object.keys(client.cache.extract() as Record<string, unknown>))
            if (id.startsWith('Theme:') || id.startsWith('Project:'))
              client.cache.evict({ id, fieldName: 'budgetLines' });
        }
      }
    } catch {
      setFailure(ui.actualSpend.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="actual-spend-title">
      <h2 id="actual-spend-title">{ui.actualSpend.title}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="actual-spend-file">{ui.actualSpend.file}</label>
          <p id="actual-spend-hint" className="field__hint">
            {ui.actualSpend.hint}
          </p>
          <input
            id="actual-spend-file"
            ref={fileRef}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="actual-spend-hint"
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? ui.actualSpend.importing : ui.actualSpend.button}
        </button>
      </form>
      <div role="status" className="live-message">
        {failure && <p className="form-error">{failure}</p>}
        {report && report.errors.length === 0 && <p>{ui.actualSpend.result(report.updated)}</p>}
      </div>
      {report && report.errors.length > 0 && <ImportErrorTable errors={report.errors} />}
    </section>
  );
}
