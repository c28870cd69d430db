import { formatDate, formatQuarter } from '../../shared';
import type { MilestoneData } from '../overview/fragments';

/** "26.4.2023", "4. kvt. 2016" or "2017". */
export function milestoneWhen(milestone: Pick<MilestoneData, 'year' | 'quarter' | 'date'>): string {
  if (milestone.date) return formatDate(milestone.date);
  if (milestone.quarter) return formatQuarter(milestone.year, milestone.quarter);
  return String(milestone.year);
}
