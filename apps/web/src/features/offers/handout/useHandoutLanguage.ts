import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { HANDOUT_LANGUAGES_QUERY, type HandoutLanguageData } from './handoutQueries';

/** The language the citizen's page is asked for (`?sprog=ar`), if it is on the list; null = Danish. */
export function useHandoutLanguage(): { code: string | null; language: HandoutLanguageData | null; loading: boolean } {
  const [params] = useSearchParams();
  const code = params.get('sprog')?.trim().toLowerCase() || null;
  const asked = code && code !== 'da' ? code : null;
  const { data, loading } = useQuery(HANDOUT_LANGUAGES_QUERY, { skip: !asked });
  const language = data?.handoutLanguages.find((l) => l.code === asked) ?? null;
  return { code: asked, language, loading: Boolean(asked) && loading && !data };
}

/** The whole page's `lang` and `dir` while it is shown in a language (WCAG 3.1.1); Danish again after. */
export function useDocumentLanguage(language: HandoutLanguageData | null) {
  const code = language?.code;
  const dir = language?.direction === 'RTL' ? 'rtl' : 'ltr';
  useEffect(() => {
    if (!code) return;
    const root = document.documentElement;
    const before = { lang: root.lang, dir: root.dir };
    root.lang = code;
    root.dir = dir;
    return () => {
      root.lang = before.lang;
      root.dir = before.dir;
    };
  }, [code, dir]);
}
