import { Link, useParams } from 'react-router';
import { fieldLabels, formatClockRange, formatDate, meetingsUi as t, ui } from '../../../shared';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { MeetingLoader } from './MeetingLoader';
import { ownerOf, type MeetingData } from './meetingQueries';
import { Recommendations } from './Recommendations';

type What = 'agenda' | 'minutes';

/** "/klynge/moeder/:id/dagsorden" and "/protokol": the agenda or the minutes (beslutningsprotokol) as an A4 page. */
export function MeetingPrintPage({ what }: { what: What }) {
  const { id = '' } = useParams();
  return (
    <div className="print-page meeting-print">
      <MeetingLoader id={id}>{(meeting) => <MeetingSheet meeting={meeting} what={what} />}</MeetingLoader>
    </div>
  );
}

function MeetingSheet({ meeting, what }: { meeting: MeetingData; what: What }) {
  const day = formatDate(meeting.date);
  const title =
    what === 'agenda'
      ? t.agendaPrintTitle(ownerOf(meeting).name, day)
      : t.minutesPrintTitle(ownerOf(meeting).name, day);
  useDocumentTitle(title);
  const present = meeting.participants.filter((p) => p.attendance === 'PRESENT');
  const apologies = meeting.participants.filter((p) => p.attendance === 'APOLOGY');
  const invited = what === 'agenda' ? meeting.participants : present;
  const who = (p: MeetingData['participants'][number]) =>
    p.function ? `${p.organisation}, ${p.function}` : p.organisation;
  return (
    <>
      <div className="print-toolbar">
        <Link className="back-link" to={`/klynge/moeder/${meeting.id}`}>
          {t.backToMeeting}
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t.printNow}
        </button>
      </div>
      <article className="print-sheet meeting-sheet" aria-labelledby="sheet-title">
        <p className="print-sheet__from">{ownerOf(meeting).name}</p>
        <h1 id="sheet-title">{what === 'agenda' ? t.agendaHeading : t.minutesHeading}</h1>
        <p>
          {meeting.title}: {t.when(day, formatClockRange(meeting.startTime, meeting.endTime))}
          {meeting.place && `, ${meeting.place}`} ({meeting.kindLabel})
        </p>
        {invited.length > 0 && (
          <>
            <h2>{what === 'agenda' ? t.participantsTitle : t.presentTitle}</h2>
            <ul className="plain-list">
              {invited.map((p) => (
                <li key={p.id}>{who(p)}</li>
              ))}
            </ul>
          </>
        )}
        {what === 'minutes' && apologies.length > 0 && (
          <>
            <h2>{t.apologiesTitle}</h2>
            <ul className="plain-list">
              {apologies.map((p) => (
                <li key={p.id}>{who(p)}</li>
              ))}
            </ul>
          </>
        )}
        {meeting.agendaItems.length === 0 && <p>{t.noItems}</p>}
        {meeting.agendaItems.map((item) => (
          <section key={item.id} className="meeting-sheet__item" aria-labelledby={`sheet-item-${item.id}`}>
            <h2 id={`sheet-item-${item.id}`}>{ui.cluster.agendaItem(item.number, item.title)}</h2>
            <p className="meeting-sheet__meta">
              {[
                item.journalNumber && t.journal(item.journalNumber),
                item.expectedMinutes != null &&
                  `${fieldLabels.expectedMinutes}: ${t.expectedMinutes(item.expectedMinutes)}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {what === 'agenda' && item.background && <p className="prose">{item.background}</p>}
            <Recommendations text={item.recommendation} />
            {what === 'agenda' && item.attachments.length > 0 && (
              <>
                <h3>{t.attachmentsTitle}</h3>
                <ul>
                  {item.attachments.map((url) => (
                    <li key={url}>{url}</li>
                  ))}
                </ul>
              </>
            )}
            {what === 'minutes' && (
              <>
                <h3>{ui.cluster.decision}</h3>
                {item.outcomeLabel ? (
                  <p>
                    <strong>{item.outcomeLabel}.</strong> {item.decision}
                  </p>
                ) : (
                  <p>{t.undecided}</p>
                )}
              </>
            )}
          </section>
        ))}
      </article>
    </>
  );
}
