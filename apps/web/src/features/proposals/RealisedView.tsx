import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatDecimal, formatKr, formatPercent, proposalsUi } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { FieldMessage } from '../../components/fieldIssuesFromError';
import { errorsOf } from './errorsOf';
import { FOLLOW_INDICATOR, PROPOSAL_QUERY, type SavedCaseData } from './proposalQueries';

const t = proposalsUi.realisedView;
type Realised = NonNullable<SavedCaseData['realised']>;

/** Realised against expected for a decided case (ADR 047): per year, the factor, and the re-run's NPV. */
export function RealisedView({ c, canEdit }: { c: SavedCaseData; canEdit: boolean }) {
  const r = c.realised;
  if (!r) return null;
  const id = `realised-${c.id}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h4 id={id}>{t.title}</h4>
      {r.indicator && <p>{`${t.indicator}: ${r.indicator.name}`}</p>}
      {r.note && <p>{r.note}</p>}
      {r.years.length > 0 && <RealisedTable r={r} caption={`${t.title}: ${c.name}`} />}
      {r.factor !== null && <p>{t.factor(formatPercent(r.factor))}</p>}
      {r.realisedGrossSuccessRatePercent !== null && (
        <p>{t.gross(`${formatDecimal(r.realisedGrossSuccessRatePercent, 1)} %`)}</p>
      )}
      {r.realisedResult && c.result && (
        <dl className="facts">
          <div>
            <dt>{t.npvExpected}</dt>
            <dd>{formatKr(c.result.npv)}</dd>
          </div>
          <div>
            <dt>{t.npvRealised}</dt>
            <dd>{formatKr(r.realisedResult.npv)}</dd>
          </div>
        </dl>
      )}
      {canEdit && <FollowForm c={c} r={r} idPrefix={id} />}
    </section>
  );
}

function RealisedTable({ r, caption }: { r: Realised; caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            <th scope="col" className="num">
              {t.expected}
            </th>
            <th scope="col" className="num">
              {t.realised}
            </th>
          </tr>
        </thead>
        <tbody>
          {r.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td className="num">{formatDecimal(y.expected, 1)}</td>
              <td className="num">{y.realised === null ? t.missing : formatDecimal(y.realised, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FollowForm({ c, r, idPrefix }: { c: SavedCaseData; r: Realised; idPrefix: string }) {
  const [follow, { loading }] = useMutation(FOLLOW_INDICATOR, { refetchQueries: [PROPOSAL_QUERY] });
  const [indicatorId, setIndicatorId] = useState(r.indicator?.id ?? '');
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await follow({ variables: { id: c.id, version: c.version, indicatorId: indicatorId || null } });
      setIssues([]);
    } catch (error) {
      setIssues(errorsOf(error));
    }
  }
  return (
    <form className="no-print" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary issues={issues} idPrefix={idPrefix} />
      <FormField id={`${idPrefix}-indicatorId`} label={t.indicator} hint={t.indicatorHint}>
        {(control) => (
          <select {...control} value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)}>
            <option value="">{t.noIndicator}</option>
            {r.choices.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name} ({i.unit})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button button--secondary" disabled={loading}>
        {t.follow}
      </button>
    </form>
  );
}
