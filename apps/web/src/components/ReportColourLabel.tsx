import type { ReportColour } from '../__generated__/graphql';

/** A status report's colour as a dot and its word ("Rød"), so colour is never the only cue. */
export function ReportColourLabel({
  colour,
  label,
  suffix = '',
}: {
  colour: ReportColour;
  label: string;
  suffix?: string;
}) {
  return (
    <span className={`report-colour report-colour--${colour.toLowerCase()}`}>
      <span aria-hidden="true" className="report-colour__dot" />
      {label}
      {suffix}
    </span>
  );
}
