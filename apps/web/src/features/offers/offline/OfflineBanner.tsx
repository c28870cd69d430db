import { ui } from '../../../shared';

function stamp(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`,
    time: `${two(d.getHours())}.${two(d.getMinutes())}`,
  };
}

/** Says that search runs on the local copy and how old it is, or that there is no copy to search. */
export function OfflineBanner({ savedAt, withoutCopy }: { savedAt: string | null; withoutCopy: boolean }) {
  if (!savedAt && !withoutCopy) return null;
  const text = savedAt ? ui.offers.offline(stamp(savedAt).date, stamp(savedAt).time) : ui.offers.offlineNoCopy;
  return (
    <div className="notice offline-banner" role="status">
      <p className="notice__title">{ui.offers.offlineTitle}</p>
      <p>{text}</p>
    </div>
  );
}
