import { formatDate, formatTime, ui } from '../../../shared';

const texts = {
  search: { copy: ui.offers.offline, none: ui.offers.offlineNoCopy },
  offer: { copy: ui.offers.offlineOffer, none: ui.offers.offlineNotInCopy },
};

/**
 * Says that the page runs on the device's copy and when that copy was fetched ("Hentet 1.12.2026 kl.
 * 08.00"), or that there is no copy to show (the search's or, on an offer page, the offer's).
 */
export function OfflineBanner({
  savedAt,
  withoutCopy,
  about = 'search',
}: {
  savedAt: string | null;
  withoutCopy: boolean;
  about?: keyof typeof texts;
}) {
  if (!savedAt && !withoutCopy) return null;
  const text = savedAt ? texts[about].copy(formatDate(savedAt), formatTime(savedAt)) : texts[about].none;
  return (
    <div className="notice offline-banner" role="status">
      <p className="notice__title">{ui.offers.offlineTitle}</p>
      <p>{text}</p>
    </div>
  );
}
