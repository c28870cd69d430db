import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { clusterDatesUi as t, formatDate, parseDanishDate, shiftDay, today } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormField } from '../../components/FormField';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useBodiesOn, type OrganisationOnDay } from './useBodiesOn';

type Ref = OrganisationOnDay['predecessors'][number];

/** The day in the address (?dato=2027-01-05); today by the shared clock when absent or not a real day. */
export function chosenDay(params: URLSearchParams): { day: string; invalid: string | null } {
  const typed = params.get('dato');
  if (!typed) return { day: today(), invalid: null };
  const day = parseDanishDate(typed);
  return day ? { day, invalid: null } : { day: today(), invalid: typed };
}

/** "fra 19.1.2026 · ophørt 31.12.2026": validity in words; "ophørt" once the last day has passed. */
export function validityText(o: { validFrom: string | null; validTo: string | null }): string {
  const parts = [o.validFrom ? t.from(formatDate(o.validFrom)) : null];
  if (o.validTo) parts.push(o.validTo < today() ? t.ended(formatDate(o.validTo)) : t.until(formatDate(o.validTo)));
  else parts.push(t.noEnd);
  return parts.filter(Boolean).join(' · ');
}

/** The day to show a predecessor on (its last day) or a successor on (its first day). */
const predecessorDay = (p: Ref, day: string) => p.validTo ?? shiftDay(day, -1);
const successorDay = (o: OrganisationOnDay, s: Ref) => s.validFrom ?? (o.validTo ? shiftDay(o.validTo, 1) : null);

function RefLink({ org, day }: { org: Ref; day: string | null }) {
  if (!day) return <>{org.name}</>;
  return (
    <Link to={`?dato=${day}`} aria-label={t.showOn(org.name, formatDate(day))}>
      {org.name}
    </Link>
  );
}

function Organisation({ o, day }: { o: OrganisationOnDay; day: string }) {
  return (
    <li className="structure__item">
      <strong>{o.name}</strong> <span className="structure__validity">({validityText(o)})</span>
      {o.predecessors.length > 0 && (
        <p className="structure__link">
          {t.predecessors}:{' '}
          {o.predecessors.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <RefLink org={p} day={predecessorDay(p, day)} /> ({validityText(p)})
            </span>
          ))}
        </p>
      )}
      {o.successor && (
        <p className="structure__link">
          {t.successor}: <RefLink org={o.successor} day={successorDay(o, o.successor)} /> ({validityText(o.successor)})
        </p>
      )}
    </li>
  );
}

function DateChooser({
  day,
  invalid,
  onChoose,
}: {
  day: string;
  invalid: string | null;
  onChoose: (d: string) => void;
}) {
  const [typed, setTyped] = useState(invalid ?? day);
  const [error, setError] = useState<string | undefined>(invalid ? t.invalidDate(invalid) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDanishDate(typed.trim());
    if (!parsed) return setError(t.invalidTyped(typed));
    setError(undefined);
    onChoose(parsed);
  };
  return (
    <form className="structure__chooser" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t.legend}</legend>
        <FormField id="structure-date" label={t.dateLabel} hint={t.dateHint} error={error}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button">
          {t.show}
        </button>{' '}
        <Link to="?" className="button">
          {t.today}
        </Link>
      </fieldset>
    </form>
  );
}

/** "Vis pr. dato": regions, clusters or sundhedsråd and bodies valid on the chosen day (issue 10). */
export function ClusterStructure() {
  const [params, setParams] = useSearchParams();
  const { day, invalid } = chosenDay(params);
  const { data, loading, error, refetch } = useBodiesOn(day);
  const orgs = data?.bodiesOn;
  return (
    <section className="panel structure" aria-labelledby="structure-title">
      <h2 id="structure-title">{t.title}</h2>
      <DateChooser
        key={`${day}-${invalid ?? ''}`}
        day={day}
        invalid={invalid}
        onChoose={(d) => setParams({ dato: d })}
      />
      <p className="lead" aria-live="polite">
        {t.onDay(formatDate(day))}
      </p>
      {loading && !orgs ? (
        <LoadingStatus />
      ) : error && !orgs ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !orgs || orgs.length === 0 ? (
        <EmptyState text={t.empty} />
      ) : (
        (['REGION', 'CLUSTER', 'BODY'] as const).map((kind) => {
          const group = orgs.filter((o) => o.kind === kind);
          return group.length === 0 ? null : (
            <div key={kind}>
              <h3>{t.groups[kind]}</h3>
              <ul className="structure__list">
                {group.map((o) => (
                  <Organisation key={o.id} o={o} day={day} />
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
