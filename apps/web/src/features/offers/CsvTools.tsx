import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { handoutMessages, ui } from '../../shared';
import { errorMessage } from '../../components/errorMessage';
import { ImportErrorTable } from '../../components/ImportErrorTable';
import { readFileText } from '../calculations/readFileText';
import { IMPORT_CSV_MUTATION, type ImportReportData } from './maintenanceQueries';

const lists = handoutMessages.lists;

/** The chosen file's text (UTF-8 or Danish Excel's Windows-1252), or null when none is chosen. */
const chosenText = async (input: HTMLInputElement | null) => {
  const file = input?.files?.[0];
  return file ? readFileText(file) : null;
};

/**
 * CSV export links (offers, and their places and times as linked files) and the import with the
 * row-by-row report naming the file (all rows of all files or none; ADR 043).
 */
export function CsvTools() {
  const fileRef = useRef<HTMLInputElement>(null);
  const placesRef = useRef<HTMLInputElement>(null);
  const timesRef = useRef<HTMLInputElement>(null);
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
      const [csv, places, times] = await Promise.all([
        readFileText(file),
        chosenText(placesRef.current),
        chosenText(timesRef.current),
      ]);
      const result = await importCsv({ variables: { csv, places, times } });
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
        {' · '}
        <a href="/api/offers/steder.csv" download>
          {lists.exportPlaces}
        </a>
        {' · '}
        <a href="/api/offers/tider.csv" download>
          {lists.exportTimes}
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
        <p id="csv-lists-hint" className="field__hint">
          {lists.importHint}
        </p>
        <div className="field">
          <label htmlFor="csv-places">{lists.importPlaces}</label>
          <input id="csv-places" ref={placesRef} type="file" accept=".csv,text/csv" aria-describedby="csv-lists-hint" />
        </div>
        <div className="field">
          <label htmlFor="csv-times">{lists.importTimes}</label>
          <input id="csv-times" ref={timesRef} type="file" accept=".csv,text/csv" aria-describedby="csv-lists-hint" />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? ui.offers.csvImporting : ui.offers.csvImportButton}
        </button>
      </form>
      <div role="status" className="live-message">
        {failure && <p className="form-error">{failure}</p>}
        {report && report.errors.length === 0 && (
          <p>{ui.offers.csvResult(report.imported, report.created, report.updated, report.unchanged)}</p>
        )}
      </div>
      {report && report.errors.length > 0 && (
        <ImportErrorTable
          errors={report.errors.map((e) => ({
            ...e,
            // The linked files' rows say which file they are in ("Tider: Til kl.").
            column: e.file === 'tilbud' ? e.column : `${lists.files[e.file] ?? e.file}: ${e.column ?? ''}`,
          }))}
        />
      )}
    </section>
  );
}
