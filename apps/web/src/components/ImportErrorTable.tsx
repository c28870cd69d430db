import { useId } from 'react';
import { ui } from '../shared';

/** One refused row or cell of an import (the offer CSV import's and the actual spend import's report). */
export interface ImportError {
  line: number;
  column?: string | null;
  message: string;
}

/** "The file was not imported; fix these rows": line, column and Danish message per refused cell. */
export function ImportErrorTable({ errors }: { errors: readonly ImportError[] }) {
  const headingId = useId();
  // The heading is said once: the table takes its name from the visible line, not from a second caption.
  return (
    <div role="alert">
      <p id={headingId} className="form-error">
        {ui.offers.csvRefused}
      </p>
      <table className="data-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{ui.offers.csvLine}</th>
            <th scope="col">{ui.offers.csvColumn}</th>
            <th scope="col">{ui.offers.csvMessage}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((row) => (
            <tr key={`${row.line}:${row.column}:${row.message}`}>
              <td>{row.line}</td>
              <td>{row.column ?? ''}</td>
              <td>{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
