import { formatDate, formatTime, ui } from '../../../shared';

const stamp = (iso: string) => ({ date: formatDate(iso), time: formatTime(iso) });

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
