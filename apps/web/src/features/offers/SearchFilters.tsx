import { memo } from 'react';
import { NEED_FILTERS } from '@sundhed/shared/needFilters';
import { ui } from '../../shared';

export interface SearchFilterValues {
  needCategory: string;
  age: string;
  targetGroup: string;
  area: string;
  freeOnly: boolean;
  language: string;
  format: string;
}

export const emptyFilters: SearchFilterValues = {
  needCategory: '',
  age: '',
  targetGroup: '',
  area: '',
  freeOnly: false,
  language: '',
  format: '',
};

const LANGUAGES = ['da', 'en', 'ar', 'tr', 'ur', 'so', 'pl', 'de', 'uk'] as const;
const FORMATS = ['hold', 'individuel', 'online', 'telefon'] as const;

/**
 * The filters beside the search box: need (one clean list, needFilters.ts), age, target group, area, free only,
 * language, format. Memoised: its props do not change while the search text is typed (ADR 073).
 */
export const SearchFilters = memo(function SearchFilters({
  values,
  onChange,
}: {
  values: SearchFilterValues;
  onChange: (values: SearchFilterValues) => void;
}) {
  const set = <K extends keyof SearchFilterValues>(key: K, value: SearchFilterValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <fieldset className="search-filters">
      <legend>{ui.offers.filtersTitle}</legend>
      <div className="search-filters__grid">
        <div className="field">
          <label htmlFor="filter-need">{ui.offers.needCategory}</label>
          <select id="filter-need" value={values.needCategory} onChange={(e) => set('needCategory', e.target.value)}>
            <option value="">{ui.offers.anyNeed}</option>
            {NEED_FILTERS.map((need) => (
              <option key={need.value} value={need.value}>
                {need.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-age">{ui.offers.age}</label>
          <input
            id="filter-age"
            type="text"
            inputMode="decimal"
            value={values.age}
            onChange={(e) => set('age', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-target">{ui.offers.targetGroup}</label>
          <input
            id="filter-target"
            type="text"
            value={values.targetGroup}
            onChange={(e) => set('targetGroup', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-area">{ui.offers.area}</label>
          <input id="filter-area" type="text" value={values.area} onChange={(e) => set('area', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="filter-language">{ui.offers.language}</label>
          <select id="filter-language" value={values.language} onChange={(e) => set('language', e.target.value)}>
            <option value="">{ui.offers.anyLanguage}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {ui.offers.languageName[code] ?? code}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-format">{ui.offers.format}</label>
          <select id="filter-format" value={values.format} onChange={(e) => set('format', e.target.value)}>
            <option value="">{ui.offers.anyFormat}</option>
            {FORMATS.map((format) => (
              <option key={format} value={format}>
                {format.charAt(0).toUpperCase() + format.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox-field">
          <input
            id="filter-free"
            type="checkbox"
            checked={values.freeOnly}
            onChange={(e) => set('freeOnly', e.target.checked)}
          />
          <label htmlFor="filter-free">{ui.offers.freeOnly}</label>
        </div>
      </div>
    </fieldset>
  );
});
