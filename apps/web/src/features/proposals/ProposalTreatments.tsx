import { Link } from 'react-router';
import { formatDate, proposalsUi } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import type { ProposalData } from './proposalQueries';

const t = proposalsUi.treatments;

/** The agenda items of Sundhedsforum and "Sammen om sundhed" that treat the proposal (ADR 047). */
export function ProposalTreatments({ p }: { p: ProposalData }) {
  return (
    <section aria-labelledby="treatments">
      <h2 id="treatments">{t.title}</h2>
      {p.treatments.length === 0 ? (
        <EmptyState text={t.empty} />
      ) : (
        <ul className="plain-list">
          {p.treatments.map((i) => (
            <li key={i.agendaItemId}>
              <Link to={`/klynge/moeder/${i.meetingId}`}>
                {t.item(i.bodyName ?? i.meetingTitle, formatDate(i.date), i.number, i.title)}
              </Link>
              : {i.outcomeLabel ?? t.undecided}
              {i.decision && `. ${i.decision}`}
            </li>
          ))}
        </ul>
      )}
      <p className="no-print">
        <Link to="/forslag/moeder">{t.meetingsLink}</Link>
      </p>
    </section>
  );
}
