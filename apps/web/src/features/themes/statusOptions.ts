import { ui } from '../../shared';
import type { HoursUnit, WorkStatus } from '../../__generated__/graphql';

export const statusOptions = (Object.keys(ui.status) as WorkStatus[]).map((value) => ({
  value,
  label: ui.status[value],
}));

export const hoursUnitOptions = (Object.keys(ui.hoursUnitOption) as HoursUnit[]).map((value) => ({
  value,
  label: ui.hoursUnitOption[value],
}));
