import type { ReactNode } from 'react';

/**
 * A text in the citizen's language, or its Danish original marked `lang="da"` (so a screen reader reads it
 * as Danish, and it runs left to right inside a right-to-left page) when it is not translated.
 */
export function Localized({
  translated,
  danish,
  inLanguage,
}: {
  translated?: string | null;
  danish: ReactNode;
  /** A language is chosen: an untranslated text is marked Danish. */
  inLanguage: boolean;
}) {
  if (translated) return <>{translated}</>;
  if (!inLanguage) return <>{danish}</>;
  return (
    <span lang="da" dir="ltr">
      {danish}
    </span>
  );
}
