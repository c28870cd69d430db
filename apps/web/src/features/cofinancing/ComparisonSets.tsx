import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { cofinancingUi as t } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { COFINANCING_SETS_QUERY } from './cofinancingQueries';
import { ComparisonSetForm, type ChoosableMunicipality } from './ComparisonSetForm';

/** The staff unit's named comparison sets ("Vestegnen", the sundhedsråd's nine): listed, changed, added. */
export function ComparisonSets() {
  const { data, loading, error, refetch } = useQuery(COFINANCING_SETS_QUERY);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const municipalities: ChoosableMunicipality[] = (data?.regions ?? [])
    .flatMap((r) => r.municipalities)
    .filter((m) => m.kind === 'MUNICIPALITY' && m.code)
    .map((m) => ({ code: m.code!, name: m.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const done = (saved: string | null) => {
    setEditing(null);
    setMessage(saved ? t.setSaved(saved) : null);
  };
  const sets = data?.cofinancingComparisonSets ?? [];
  return (
    <section className="panel" aria-labelledby="cofin-sets">
      <h3 id="cofin-sets">{t.setsTitle}</h3>
      <p>{t.setsIntro}</p>
      {loading && !data ? (
        <LoadingStatus />
      ) : error && !data ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <>
          {sets.length === 0 && <p>{t.setsEmpty}</p>}
          <ul className="plain-list">
            {sets.map((set) => (
              <li key={set.id}>
                {editing === set.id ? (
                  <ComparisonSetForm set={set} municipalities={municipalities} onDone={done} />
                ) : (
                  <>
                    <strong>{set.name}</strong> ({t.setMembersCount(set.members.length)}): {set.members.join(', ')}
                    {set.note ? <p className="source-line">{set.note}</p> : null}
                    <button type="button" className="button button--secondary" onClick={() => setEditing(set.id)}>
                      {t.setEdit(set.name)}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
          {editing === 'new' ? (
            <ComparisonSetForm municipalities={municipalities} onDone={done} />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
              {t.setNew}
            </button>
          )}
        </>
      )}
      <div role="status" className="live-message">
        {message && <p>{message}</p>}
      </div>
    </section>
  );
}
