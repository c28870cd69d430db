import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { ui } from '../../shared';
import { errorMessage } from '../../components/errorMessage';
import { ImportErrorTable } from '../../components/ImportErrorTable';
import { readFileText } from '../calculations/readFileText';
import { IMPORT_CSV_MUTATION, type ImportReportData } from './maintenanceQueries';

/** CSV export link and import with the row-by-row report (all rows or none). */
export function CsvTools() {
  const fileRef = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [importCsv, { loading }] = useMutation(IMPORT_CSV_MUTATION);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFailure(ui.offers.csvChooseFile);
      return;
    }
    try {
      const result = await importCsv({ variables: { csv: await readFileText(file) } });
      setFailure(null);
      setReport(result.data?.importOffersCsv ?? null);
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  };

  return (
    <section className="panel" aria-labelledby="csv-title">
      <h2 id="csv-title">{ui.offers.csvTitle}</h2>
      <p>
        <a href="/api/offers/export.csv" download>
          {ui.offers.csvExport}
        </a>
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="csv-file">{ui.offers.csvImport}</label>
          <p id="csv-file-hint" className="field__hint">
            {ui.offers.csvImportHint}
          </p>
          <input id="csv-file" ref={fileRef} type="file" accept=".csv,text/csv" aria-describedby="csv-file-hint" />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? ui.offers.csvImporting : ui.offers.csvImportButton}
        </button>
      </form>
      <div role="status" className="live-message">
        {failure && <p className="form-error">{failure}</p>}
        {report && report.errors.length === 0 && (
          <p>{ui.offers.csvResult(report.imported, report.created, report.updated)}</p>
        )}
      </div>
      {report && report.errors.length > 0 && <ImportErrorTable errors={report.errors} />}
    </section>
  );
}
