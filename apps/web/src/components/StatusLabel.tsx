import { ui } from '../shared';
import type { WorkStatus } from '../__generated__/graphql';

/** Status as a word with a shape marker, so colour is never the only cue. */
export function StatusLabel({ status }: { status: WorkStatus }) {
  return (
    <span className={`status status--${status.toLowerCase().replace('_', '-')}`}>
      <span className="status__marker" aria-hidden="true" />
      {ui.status[status]}
    </span>
  );
}
