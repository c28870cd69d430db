import { useQuery } from '@apollo/client/react';
import { handoutMessages } from '../../../shared';
import { HANDOUT_LANGUAGES_QUERY } from './handoutQueries';

/**
 * "Sprog til borgeren" on the offer page: the language of the print sheet, the e-mail and the text
 * message; '' is Danish. Without the list (offline, an error), only Danish is offered.
 */
export function LanguageSelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { data } = useQuery(HANDOUT_LANGUAGES_QUERY);
  return (
    <div className="field">
      <label htmlFor="handout-language">{handoutMessages.translation.chooseLanguage}</label>
      <select id="handout-language" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{handoutMessages.translation.danish}</option>
        {data?.handoutLanguages.map((language) => (
          <option key={language.code} value={language.code}>
            {language.name} – {language.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
