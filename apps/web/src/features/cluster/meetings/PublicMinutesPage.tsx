import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatClockRange, formatDate, meetingsUi as t, ui } from '../../../shared';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { PUBLIC_MINUTES_QUERY } from './meetingQueries';
import { Recommendations } from './Recommendations';

/** "/offentligt/moeder/:id" (no sign-in): the published minutes of a political body's meeting. */
export function PublicMinutesPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PUBLIC_MINUTES_QUERY, { variables: { meetingId: id } });
  const minutes = data?.publicMinutes;
  useDocumentTitle(minutes ? t.minutesPrintTitle(minutes.bodyName, formatDate(minutes.date)) : t.publicIntro);
  return (
    <>
      <header className="public-header">
        <p className="public-header__name">{ui.app.municipality}</p>
      </header>
      <main id="indhold" className="app-main app-main--bare public-page">
        {loading && !data ? (
          <LoadingStatus />
        ) : error && !data ? (
          <>
            <h1>{t.publicIntro}</h1>
            <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
          </>
        ) : !minutes ? (
          <>
            <h1>{t.publicNotFound}</h1>
            <p>{t.publicNotFoundText}</p>
          </>
        ) : (
          <article aria-labelledby="public-title">
            <p className="muted">{t.publicIntro}</p>
            <h1 id="public-title">{t.minutesPrintTitle(minutes.bodyName, formatDate(minutes.date))}</h1>
            <p className="lead">
              {minutes.title}: {t.when(formatDate(minutes.date), formatClockRange(minutes.startTime))}
              {minutes.place && `, ${minutes.place}`} ({minutes.kindLabel})
            </p>
            {minutes.items.map((item) => (
              <section key={item.number} aria-labelledby={`public-item-${item.number}`}>
                <h2 id={`public-item-${item.number}`}>{ui.cluster.agendaItem(item.number, item.title)}</h2>
                <Recommendations text={item.recommendation} />
                <h3>{ui.cluster.decision}</h3>
                {item.outcomeLabel ? (
                  <p>
                    <strong>{item.outcomeLabel}.</strong> {item.decision}
                  </p>
                ) : (
                  <p>{t.undecided}</p>
                )}
              </section>
            ))}
          </article>
        )}
      </main>
    </>
  );
}
