import { formatDate } from '../shared';
import type { MilestoneTimeliness } from '../__generated__/graphql';

interface TimelinessLabelProps {
  timeliness: MilestoneTimeliness;
  /** The server's Danish label ("Forsinket", "Færdig for sent"). */
  label: string;
  /** The day a done milestone was completed, shown after the label. */
  completedOn?: string | null;
}

/** Whether a milestone is on time, as text with an icon, so colour is never the only cue. */
export function TimelinessLabel({ timeliness, label, completedOn }: TimelinessLabelProps) {
  const late = timeliness === 'LATE' || timeliness === 'DONE_LATE';
  return (
    <span className={`timeliness timeliness--${timeliness.toLowerCase().replace('_', '-')}`}>
      {late ? (
        <span aria-hidden="true" className="timeliness__icon">
          ⚠{' '}
        </span>
      ) : null}
      {label}
      {completedOn ? ` ${formatDate(completedOn)}` : ''}
    </span>
  );
}
