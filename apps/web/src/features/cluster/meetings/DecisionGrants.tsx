import { useState } from 'react';
import { formatKr, meetingsUi as t } from '../../../shared';
import { FormField } from '../../../components/FormField';
import { GrantList } from '../GrantList';
import { FollowUps } from './FollowUps';
import { GrantAmountForm } from './GrantAmountForm';
import { GrantForm } from './GrantForm';
import { hostsOf } from './HostSelect';
import { ownerOf, type AgendaItemData, type MeetingData } from './meetingQueries';
import { SplitGrantForm } from './SplitGrantForm';

type Open = { form: 'create' } | { form: 'amount' | 'split'; grantId: string } | null;

/**
 * The grants a decision created or changed (each change points at it), their follow-up points, and for
 * the secretariat "Opret bevilling", "Ændr beløb" and "Del bevilling" by this decision.
 */
export function DecisionGrants({
  meeting,
  item,
  secretariat,
}: {
  meeting: MeetingData;
  item: AgendaItemData;
  secretariat: boolean;
}) {
  const [open, setOpen] = useState<Open>(null);
  const grants = ownerOf(meeting).grants;
  const [chosen, setChosen] = useState(grants[0]?.id ?? '');
  const hosts = hostsOf(meeting);
  const mine = grants.filter((g) => g.changes.some((c) => c.agendaItem?.id === item.id));
  const chosenGrant = grants.find((g) => g.id === (open && open.form !== 'create' ? open.grantId : chosen));
  const done = () => setOpen(null);
  const chooserId = `grant-choice-${item.id}`;
  return (
    <div className="decision-grants">
      {mine.length > 0 && (
        <>
          <p className="card__subtitle">{t.grantsOfDecision}</p>
          <GrantList grants={mine} headingLevel={4} />
          {mine.map((grant) => (
            <FollowUps
              key={grant.id}
              idPrefix={`grant-${grant.id}-${item.id}`}
              title={`${t.followUpsTitle}: ${grant.title}`}
              followUps={ownerOf(meeting).followUps.filter((f) => f.grant?.id === grant.id)}
              parent={{ grantId: grant.id }}
              secretariat={secretariat}
              headingLevel={5}
            />
          ))}
        </>
      )}
      {secretariat && open?.form === 'create' && <GrantForm item={item} hosts={hosts} onDone={done} />}
      {secretariat && open?.form === 'amount' && chosenGrant && (
        <GrantAmountForm item={item} grant={chosenGrant} onDone={done} />
      )}
      {secretariat && open?.form === 'split' && chosenGrant && (
        <SplitGrantForm item={item} grant={chosenGrant} hosts={hosts} onDone={done} />
      )}
      {secretariat && open === null && (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setOpen({ form: 'create' })}>
            {t.createGrant}
          </button>
          {grants.length > 0 && (
            <>
              <FormField id={chooserId} label={t.grantOnDecision}>
                {(control) => (
                  <select {...control} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                    {grants.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.title} ({g.year}, {g.amountKr == null ? '–' : formatKr(g.amountKr)})
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setOpen({ form: 'amount', grantId: chosen })}
              >
                {t.changeAmount}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setOpen({ form: 'split', grantId: chosen })}
              >
                {t.splitGrant}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
