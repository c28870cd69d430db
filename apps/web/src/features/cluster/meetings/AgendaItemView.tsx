import { useState } from 'react';
import { Link } from 'react-router';
import { fieldLabels, formatDate, meetingsUi as t, ui } from '../../../shared';
import { SourceButton } from '../../../components/SourceButton';
import { AgendaItemForm } from './AgendaItemForm';
import { DecisionForm } from './DecisionForm';
import { DecisionGrants } from './DecisionGrants';
import { FollowUps } from './FollowUps';
import { ownerOf, type AgendaItemData, type MeetingData } from './meetingQueries';
import { Recommendations } from './Recommendations';

type Editing = 'item' | 'decision' | null;

/** One agenda item: its facts and decision; for the secretariat the item and decision forms, grants and follow-up. */
export function AgendaItemView({
  meeting,
  item,
  secretariat,
}: {
  meeting: MeetingData;
  item: AgendaItemData;
  secretariat: boolean;
}) {
  const [editing, setEditing] = useState<Editing>(null);
  const heading = ui.cluster.agendaItem(item.number, item.title);
  const decided = item.outcome === 'APPROVED' || item.outcome === 'APPROVED_WITH_CHANGES';
  const owner = ownerOf(meeting);
  const followUps = owner.followUps.filter((f) => f.agendaItem?.id === item.id);
  return (
    <li className="card agenda__item">
      <h3 className="card__title">
        {heading} <SourceButton source={item.source} label={heading} />
      </h3>
      <dl className="facts">
        {item.expectedMinutes != null && (
          <div>
            <dt>{fieldLabels.expectedMinutes}</dt>
            <dd>{t.expectedMinutes(item.expectedMinutes)}</dd>
          </div>
        )}
        {item.journalNumber && (
          <div>
            <dt>{fieldLabels.journalNumber}</dt>
            <dd>{item.journalNumber}</dd>
          </div>
        )}
      </dl>
      {item.proposalId && (
        <p>
          {t.treatsProposal}: <Link to={`/forslag/${item.proposalId}`}>{item.proposalTitle}</Link>
        </p>
      )}
      {item.background && <p className="prose">{item.background}</p>}
      <Recommendations text={item.recommendation} />
      {item.attachments.length > 0 && (
        <>
          <p className="card__subtitle">{t.attachmentsTitle}</p>
          <ul>
            {item.attachments.map((url) => (
              <li key={url}>
                <a href={url}>{url}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {item.outcomeLabel && (
        <dl className="facts">
          <div>
            <dt>{ui.cluster.decision}</dt>
            <dd>
              {item.outcomeLabel}
              {item.decidedOn && ` (${formatDate(item.decidedOn)})`}
              {item.decision && `: ${item.decision}`}
            </dd>
          </div>
        </dl>
      )}
      {secretariat && editing === 'item' && (
        <AgendaItemForm
          meetingId={meeting.id}
          item={item}
          nextNumber={item.number}
          withProposal={owner.isBody}
          onDone={() => setEditing(null)}
        />
      )}
      {secretariat && editing === 'decision' && <DecisionForm item={item} onDone={() => setEditing(null)} />}
      {secretariat && editing === null && (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setEditing('item')}>
            {t.editItemFor(item.number)}
          </button>
          {meeting.agendaPublishedAt ? (
            <button type="button" className="button button--secondary" onClick={() => setEditing('decision')}>
              {item.outcome ? t.editDecision : t.recordDecision}
              <span className="visually-hidden"> {heading}</span>
            </button>
          ) : (
            <p className="field__hint">{t.decisionAfterAgenda}</p>
          )}
        </div>
      )}
      {!owner.isBody && (decided || followUps.length > 0) && (
        <DecisionGrants meeting={meeting} item={item} secretariat={secretariat && decided} />
      )}
      {!owner.isBody && item.outcome && (
        <FollowUps
          idPrefix={`item-${item.id}`}
          followUps={followUps}
          parent={{ agendaItemId: item.id }}
          secretariat={secretariat}
          headingLevel={4}
        />
      )}
    </li>
  );
}
