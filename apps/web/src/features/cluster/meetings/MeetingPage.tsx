import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { formatClockRange, formatDate, formatDateTime, meetingsUi as t } from '../../../shared';
import type { MeetingPublication } from '../../../__generated__/graphql';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SourceButton } from '../../../components/SourceButton';
import { useViewer } from '../../auth/useViewer';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaItemView } from './AgendaItemView';
import { MeetingLoader } from './MeetingLoader';
import { meetingRefetch, PUBLISH_MEETING_MUTATION } from './meetingMutations';
import { ownerOf, recordsMeeting, type MeetingData } from './meetingQueries';

/** "/klynge/moeder/:id": a meeting with its agenda and decisions; the secretariat edits and publishes it. */
export function MeetingPage() {
  const { id = '' } = useParams();
  return (
    <div className="page meeting-page">
      <MeetingLoader id={id}>{(meeting) => <MeetingView meeting={meeting} />}</MeetingLoader>
    </div>
  );
}

/** The meeting's facts, actions, participants and agenda. */
function MeetingView({ meeting }: { meeting: MeetingData }) {
  useDocumentTitle(meeting.title);
  const secretariat = recordsMeeting(useViewer().data?.me?.role, meeting);
  const owner = ownerOf(meeting);
  const [adding, setAdding] = useState(false);
  const nextNumber = Math.max(0, ...meeting.agendaItems.map((i) => i.number)) + 1;
  return (
    <article aria-labelledby="meeting-title">
      <p>
        <Link className="back-link" to={owner.home}>
          {owner.isBody ? t.backToBodyMeetings : t.backToCluster}
        </Link>
      </p>
      <h1 id="meeting-title">{meeting.title}</h1>
      <p className="lead">
        {t.when(formatDate(meeting.date), formatClockRange(meeting.startTime, meeting.endTime))}
        {meeting.place && ` · ${meeting.place}`} · {meeting.kindLabel} · {owner.name}{' '}
        <SourceButton source={meeting.source} label={meeting.title} />
      </p>
      <ul className="plain-list">
        <li>{meeting.agendaPublishedAt ? t.agendaPublished(formatDateTime(meeting.agendaPublishedAt)) : t.draft}</li>
        {meeting.minutesPublishedAt && <li>{t.minutesPublished(formatDateTime(meeting.minutesPublishedAt))}</li>}
      </ul>
      <MeetingActions meeting={meeting} secretariat={secretariat} />
      <section className="panel" aria-labelledby="participants-title">
        <h2 id="participants-title">{t.participantsTitle}</h2>
        {meeting.participants.length === 0 ? (
          <EmptyState text={t.noParticipants} />
        ) : (
          <ul className="plain-list">
            {meeting.participants.map((p) => (
              <li key={p.id}>
                {p.organisation}
                {p.function && `, ${p.function}`}: {p.attendanceLabel}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t.agendaTitle}</h2>
        {meeting.agendaItems.length === 0 ? (
          <EmptyState text={t.noItems} />
        ) : (
          <ol className="card-list agenda">
            {meeting.agendaItems.map((item) => (
              <AgendaItemView key={item.id} meeting={meeting} item={item} secretariat={secretariat} />
            ))}
          </ol>
        )}
        {secretariat &&
          (adding ? (
            <AgendaItemForm
              meetingId={meeting.id}
              nextNumber={nextNumber}
              withProposal={owner.isBody}
              onDone={() => setAdding(false)}
            />
          ) : (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t.addItem}
            </button>
          ))}
      </section>
    </article>
  );
}

/** Edit, publish, calendar file, print pages and (once published) the public minutes. */
function MeetingActions({ meeting, secretariat }: { meeting: MeetingData; secretariat: boolean }) {
  const [publish] = useMutation(PUBLISH_MEETING_MUTATION, meetingRefetch);
  const { issues, saving, run, conflict } = useFormSubmit();
  const publishWhat = (what: MeetingPublication) =>
    void run(() => publish({ variables: { id: meeting.id, version: meeting.version, what } }));
  const political = ownerOf(meeting).political;
  return (
    <div className="meeting-actions">
      <ErrorSummary issues={issues} idPrefix={`meeting-${meeting.id}`} />
      {conflict && (
        <p className="error-summary" role="alert">
          {conflict.message}
        </p>
      )}
      <div className="button-row">
        {secretariat && (
          <Link className="button button--secondary" to={`/klynge/moeder/${meeting.id}/rediger`}>
            {t.editMeeting}
          </Link>
        )}
        {secretariat && !meeting.agendaPublishedAt && (
          <button type="button" className="button" disabled={saving} onClick={() => publishWhat('AGENDA')}>
            {saving ? t.publishing : t.publishAgenda}
          </button>
        )}
        {secretariat && meeting.agendaPublishedAt && !meeting.minutesPublishedAt && (
          <button type="button" className="button" disabled={saving} onClick={() => publishWhat('MINUTES')}>
            {saving ? t.publishing : t.publishMinutes}
          </button>
        )}
        <a className="button button--secondary" href={`/api/cluster/meetings/${meeting.id}.ics`} download>
          {t.calendarFile}
        </a>
        <Link className="button button--secondary" to={`/klynge/moeder/${meeting.id}/dagsorden`}>
          {t.printAgenda}
        </Link>
        <Link className="button button--secondary" to={`/klynge/moeder/${meeting.id}/protokol`}>
          {t.printMinutes}
        </Link>
        {political && meeting.minutesPublishedAt && (
          <Link className="button button--secondary" to={`/offentligt/moeder/${meeting.id}`}>
            {t.publicMinutesLink}
          </Link>
        )}
      </div>
    </div>
  );
}
