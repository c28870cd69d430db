import { ui } from '../shared';

/** A calm note that there is nothing to show yet. */
export function EmptyState({ text = ui.states.empty }: { text?: string }) {
  return <p className="empty-state">{text}</p>;
}
