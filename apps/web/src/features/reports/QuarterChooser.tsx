import { useState, type FormEvent } from 'react';
import { reportMessages as rm } from '../../shared';
import { reportYears } from './quarterParams';

interface QuarterChooserProps {
  year: number;
  quarter: number;
  onChoose: (q: { year: number; quarter: number }) => void;
}

/** Year and quarter as two labelled selects; the report changes when the user asks ("Vis rapport"). */
export function QuarterChooser({ year, quarter, onChoose }: QuarterChooserProps) {
  const [y, setY] = useState(year);
  const [q, setQ] = useState(quarter);
  const years = reportYears();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose({ year: y, quarter: q });
  };
  return (
    <form className="quarter-chooser" onSubmit={submit}>
      <fieldset>
        <legend>{rm.chooser.legend}</legend>
        <label>
          {rm.chooser.year}{' '}
          <select value={y} onChange={(e) => setY(Number(e.target.value))}>
            {(years.includes(y) ? years : [y, ...years]).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {rm.chooser.quarter}{' '}
          <select value={q} onChange={(e) => setQ(Number(e.target.value))}>
            {[1, 2, 3, 4].map((option) => (
              <option key={option} value={option}>
                {rm.quarterOption(option)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit" className="button">
          {rm.chooser.show}
        </button>
      </fieldset>
    </form>
  );
}
