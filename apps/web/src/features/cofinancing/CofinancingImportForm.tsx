import { useId, useRef, useState, type FormEvent } from 'react';
import { cofinancingMessages, cofinancingUi as t, errorMessages } from '../../shared';
import { ImportErrorTable, type ImportError } from '../../components/ImportErrorTable';

interface Report {
  imported: number;
  payments?: number;
  periodTaken?: boolean;
  errors: ImportError[];
}

export type ImportKind = 'activity' | 'population' | 'preventable';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function send(
  kind: ImportKind,
  file: File,
  query: URLSearchParams,
): Promise<{ report: Report } | { failure: string }> {
  const xlsx = file.name.toLowerCase().endsWith('.xlsx');
  const res = await fetch(`/api/cofinancing/${kind}?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': xlsx ? XLSX : 'text/csv', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
    credentials: 'same-origin',
  });
  if (res.status === 401) return { failure: errorMessages.unauthenticated };
  if (res.status === 403) return { failure: errorMessages.forbidden };
  const body = (await res.json().catch(() => null)) as Report | null;
  return body && Array.isArray(body.errors) ? { report: body } : { failure: t.failed };
}

const titles: Record<ImportKind, string> = {
  activity: t.importTitle,
  population: t.populationTitle,
  preventable: t.preventableImportTitle,
};
const hints: Record<ImportKind, string> = {
  activity: t.activityHint,
  population: t.populationHint,
  preventable: t.preventableHint,
};

/** The staff unit's import of one kind of file, with the row report and "Erstat perioden?". */
export function CofinancingImportForm({ kind, onImported }: { kind: ImportKind; onImported: () => void }) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [sourceKind, setSourceKind] = useState('ESUNDHED');
  const [sourceText, setSourceText] = useState('');
  const [granularity, setGranularity] = useState('MONTH');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (replace: boolean) => {
    const file = fileRef.current?.files?.[0];
    setReport(null);
    if (!file) return setFailure(t.chooseFile);
    if (!sourceText.trim()) return setFailure(cofinancingMessages.sourceRequired);
    setBusy(true);
    try {
      const query = new URLSearchParams({ source: sourceText.trim(), sourceKind, granularity });
      if (replace) query.set('replace', '1');
      const result = await send(kind, file, query);
      setFailure('failure' in result ? result.failure : null);
      if ('report' in result) {
        setReport(result.report);
        if (!result.report.errors.length) onImported();
      }
    } catch {
      setFailure(t.failed);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(false);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{titles[kind]}</h3>
      <form onSubmit={submit} noValidate>
        {kind === 'activity' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-kind`}>{t.sourceKindLabel}</label>
              <select id={`${id}-kind`} value={sourceKind} onChange={(e) => setSourceKind(e.target.value)}>
                {Object.entries(cofinancingMessages.sourceKind).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-granularity`}>{t.granularityLabel}</label>
              <select id={`${id}-granularity`} value={granularity} onChange={(e) => setGranularity(e.target.value)}>
                {Object.entries(cofinancingMessages.granularity).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={`${id}-source`}>{t.sourceTextLabel}</label>
          <p id={`${id}-source-hint`} className="field__hint">
            {t.sourceTextHint}
          </p>
          <input
            id={`${id}-source`}
            type="text"
            value={sourceText}
            onChange={(e) => setSourceText(e.target.value)}
            aria-describedby={`${id}-source-hint`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t.fileLabel}</label>
          <p id={`${id}-file-hint`} className="field__hint">
            {hints[kind]}
          </p>
          <input
            id={`${id}-file`}
            ref={fileRef}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-file-hint`}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.importing : t.importButton}
        </button>
      </form>
      <div role="status" className="live-message">
        {failure && <p className="form-error">{failure}</p>}
        {report && report.errors.length === 0 && (
          <p>
            {kind === 'activity' ? t.imported(report.imported, report.payments ?? 0) : t.importedTable(report.imported)}
          </p>
        )}
      </div>
      {report?.periodTaken ? (
        <div className="panel cofinancing-replace" role="alert">
          <h4>{t.replaceQuestion}</h4>
          {report.errors.map((e) => (
            <p key={e.message}>{e.message}</p>
          ))}
          <p>{t.replaceExplain}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void run(true)}>
            {t.replaceButton}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={() => setReport(null)}>
            {t.cancel}
          </button>
        </div>
      ) : (
        report && report.errors.length > 0 && <ImportErrorTable errors={report.errors} />
      )}
    </section>
  );
}
