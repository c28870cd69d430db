import { useQuery } from '@apollo/client/react';
import { fieldLabels, meetingsUi as t } from '../../shared';
import { FormField } from '../../components/FormField';
import { PROPOSALS_QUERY } from './proposalQueries';

/** The proposal an agenda item of Sundhedsforum or "Sammen om sundhed" treats (ADR 047); "" for none. */
export function ProposalSelect({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const { data } = useQuery(PROPOSALS_QUERY);
  return (
    <FormField id={id} label={fieldLabels.proposalId} optional={t.optional} hint={t.proposalHint} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t.noProposal}</option>
          {(data?.proposals ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.title} ({p.stageLabel})
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
