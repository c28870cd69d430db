import type { HandoutLanguageData, OfferTranslationData } from './handoutQueries';

/**
 * What the citizen is told in their language about Danish on the page: the offer is not translated at
 * all, or some parts are only in Danish (places, times, how to get in are never translated).
 */
export function LanguageNotice({
  language,
  translation,
  className,
}: {
  language: HandoutLanguageData | null;
  translation: OfferTranslationData | null | undefined;
  className: string;
}) {
  if (!language) return null;
  return (
    <p className={className} role="note">
      {translation ? language.texts.partlyDanish : language.texts.notTranslated}
    </p>
  );
}
