import { meetingsUi as t } from '../../../shared';
import { lines } from './dateText';

/** "at …" lines of a recommendation: one a line, each read after "Det indstilles,". */
export const recommendationLines = (text: string | null | undefined) =>
  lines(text ?? '').map((line) => (/^at\s/i.test(line) ? line : `at ${line}`));

/** The recommendation(s) as "Det indstilles," and a list of "at …". */
export function Recommendations({ text }: { text: string | null | undefined }) {
  const items = recommendationLines(text);
  if (items.length === 0) return null;
  return (
    <div className="recommendations">
      <p>{t.recommendationsIntro}</p>
      <ul>
        {items.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
