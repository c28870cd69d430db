// Labels of need-category codes come from the shared list (packages/shared/src/needCategories.ts);
// the SQL function "search_need_label" holds the same pairs for the search document (a test checks).
import { needCategoryByCode } from '@sundhed/shared';

export function needLabel(code: string): string {
  return needCategoryByCode(code)?.label ?? code;
}
