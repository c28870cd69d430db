import { formatDate, formatKr, ui } from '../../shared';
import type { GrantChangeData } from '../overview/fragments';

function amount(kr: number | null): string {
  return kr == null ? ui.grants.amountUnknown : formatKr(kr);
}

/** "500.000 kr. → 1.000.000 kr., besluttet 26.4.2023, punkt 4: …" */
export function grantChangeText(change: GrantChangeData): string {
  const what =
    change.previousAmountKr != null
      ? ui.grants.change(amount(change.previousAmountKr), amount(change.newAmountKr))
      : change.newAmountKr != null
        ? ui.grants.granted(formatKr(change.newAmountKr))
        : ui.grants.grantedUnknown;
  const date = change.agendaItem?.meeting.date ?? change.effectiveDate;
  const parts = [what, ui.grants.decided(formatDate(date))];
  if (change.agendaItem) parts.push(ui.grants.agendaItem(change.agendaItem.number, change.agendaItem.title));
  return parts.join(', ');
}
