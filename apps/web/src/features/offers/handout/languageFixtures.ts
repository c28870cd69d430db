// A language of the hand-out's list shaped like the API's answer (HandoutLanguageFields), for tests: Arabic,
// right to left, with the strings the data migration gives it; each key in `missing` is the Danish string
// instead and named in missingTexts, as the API answers for a language that lacks the key.
import { handoutMessages } from '../../../shared';
import type { HandoutLanguageData, HandoutTextsData } from './handoutQueries';

const ARABIC: Partial<HandoutTextsData> = {
  intro: 'عرض صحي من البلدية',
  what: 'ما هو؟',
  about: 'عن العرض',
  partlyDanish: 'بعض الأجزاء باللغة الدنماركية فقط.',
  notTranslated: 'هذا العرض غير مترجم بعد. يظهر باللغة الدنماركية.',
  courseEnded: 'لم يُحدَّد موعد المجموعة القادمة بعد (انتهت آخر مجموعة في {date})',
  courseEndedShort: 'لم يُحدَّد موعد المجموعة القادمة بعد',
  courseNext: 'تبدأ المجموعة القادمة في {date}',
  ages: 'العمر',
  languages: 'اللغات',
  formats: 'طريقة المشاركة',
  updated: 'آخر تعديل',
  printFooter: 'طُبع في {date} من دليل عروض {municipality}',
  formatHold: 'ضمن مجموعة',
  formatIndividuel: 'بشكل فردي',
};

export function arabicLanguage(missing: (keyof HandoutTextsData)[] = []): HandoutLanguageData {
  const texts = { ...handoutMessages.texts, ...ARABIC };
  for (const key of missing) texts[key] = handoutMessages.texts[key];
  return {
    __typename: 'HandoutLanguage',
    code: 'ar',
    name: 'Arabisk',
    nativeName: 'العربية',
    direction: 'RTL',
    version: 1,
    missingTexts: missing,
    texts: { __typename: 'HandoutTexts', ...texts },
  };
}
