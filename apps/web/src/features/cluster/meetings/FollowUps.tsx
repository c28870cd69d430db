import { useState } from 'react';
import { formatDate, meetingsUi as t } from '../../../shared';
import { FollowUpForm, type FollowUpParent } from './FollowUpForm';
import type { FollowUpData } from './meetingQueries';

/** Follow-up points of a decision or a grant (due date, status, text, who reported), with add and edit. */
export function FollowUps({
  idPrefix,
  title = t.followUpsTitle,
  followUps,
  parent,
  secretariat,
  headingLevel,
}: {
  idPrefix: string;
  title?: string;
  followUps: FollowUpData[];
  parent: FollowUpParent;
  secretariat: boolean;
  headingLevel: 4 | 5;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  if (!secretariat && followUps.length === 0) return null;
  return (
    <div className="follow-ups">
      <Heading>{title}</Heading>
      {followUps.length === 0 ? (
        <p className="muted">{t.noFollowUps}</p>
      ) : (
        <ul className="plain-list">
          {followUps.map((f) =>
            editing === f.id ? (
              <li key={f.id}>
                <FollowUpForm
                  idPrefix={`${idPrefix}-${f.id}`}
                  parent={parent}
                  followUp={f}
                  onDone={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={f.id}>
                {t.due(formatDate(f.dueDate))} · {f.statusLabel}
                {f.overdue && <strong> · {t.overdue}</strong>}: {f.text} ({f.responsible}
                {f.reportedBy && `, ${t.reportedBy(f.reportedBy)}`}){' '}
                {secretariat && (
                  <button type="button" className="button button--secondary" onClick={() => setEditing(f.id)}>
                    {t.editFollowUp}
                    <span className="visually-hidden">: {f.text}</span>
                  </button>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {secretariat &&
        (editing === 'new' ? (
          <FollowUpForm idPrefix={`${idPrefix}-new`} parent={parent} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
            {t.addFollowUp}
            <span className="visually-hidden">: {title}</span>
          </button>
        ))}
    </div>
  );
}
