import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { conflictMessages as cm, ui } from '../../shared';
import { errorMessage } from '../../components/errorMessage';
import { ConflictPanel } from '../../components/ConflictPanel';
import { conflictFromError, type Conflict } from '../../components/conflict';
import { FormField } from '../../components/FormField';
import { SYNONYMS_QUERY, UPDATE_SYNONYMS_MUTATION } from './maintenanceQueries';

const toText = (groups: string[][]) => groups.map((group) => group.join(', ')).join('\n');
const parse = (text: string) =>
  text
    .split('\n')
    .map((line) =>
      line
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
    )
    .filter((group) => group.length > 0);
const key = (group: string[]) => group.map((w) => w.toLowerCase()).join(',');
/** Groups of `a` that `b` lacks. */
const minus = (a: string[][], b: string[][]) => a.filter((g) => !b.some((h) => key(h) === key(g)));

/** A group's broad mark follows its first word, so editing the group's other words keeps it. */
const broadKey = (group: string[]) => (group[0] ?? '').toLowerCase();

/**
 * The search's synonym groups: one group per line, words separated by commas; below, one checkbox per
 * group marks it a broad concept (it only lifts offers, never filters; issue 11).
 */
export function SynonymsEditor() {
  const { data } = useQuery(SYNONYMS_QUERY);
  const [text, setText] = useState('');
  const [broad, setBroad] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  // The version and groups this editor started from (ADR 016).
  const [edited, setEdited] = useState<{ version: number; groups: string[][] } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [save, { loading }] = useMutation(UPDATE_SYNONYMS_MUTATION);
  useEffect(() => {
    if (!data) return;
    const groups = data.searchSynonymGroups.map((g) => g.terms);
    setText(toText(groups));
    setBroad(new Set(data.searchSynonymGroups.filter((g) => g.broad).map((g) => broadKey(g.terms))));
    setEdited({ version: data.searchSynonymsVersion, groups });
  }, [data]);

  const send = async (groups: string[][], version: number) => {
    try {
      await save({ variables: { version, groups, broad: groups.map((g) => broad.has(broadKey(g))) } });
      setError(undefined);
      setConflict(null);
      setEdited({ version: version + 1, groups });
      setMessage(ui.offers.synonymsSaved);
    } catch (caught) {
      setMessage(null);
      const stale = conflictFromError(caught);
      setConflict(stale);
      setError(stale ? undefined : errorMessage(caught));
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (edited) void send(parse(text), edited.version);
  };

  const mine = parse(text);
  const base = edited?.groups ?? [];
  const theirs = (conflict?.current.groups as string[][] | undefined) ?? [];
  /** The user's own additions and removals, applied to the groups stored now. */
  const reapply = () => {
    if (!conflict) return;
    const merged = [...minus(theirs, minus(base, mine)), ...minus(minus(mine, base), theirs)];
    setText(toText(merged));
    setEdited({ version: conflict.currentVersion, groups: theirs });
    void send(merged, conflict.currentVersion);
  };
  const discard = () => {
    if (!conflict) return;
    setText(toText(theirs));
    setEdited({ version: conflict.currentVersion, groups: theirs });
    setConflict(null);
  };
  // Changes in words: the groups added and removed against what this editor started from.
  const describe = (groups: string[][]) => {
    const list = (gs: string[][]) => gs.map((g) => g.join(', ')).join(' · ');
    const added = minus(groups, base);
    const removed = minus(base, groups);
    return [added.length ? `${cm.added}: ${list(added)}` : '', removed.length ? `${cm.removed}: ${list(removed)}` : '']
      .filter(Boolean)
      .join('. ');
  };

  return (
    <form className="panel" aria-labelledby="synonyms-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="synonyms-title">{ui.offers.synonymsTitle}</h2>
      {conflict && (
        <ConflictPanel
          idPrefix="synonyms"
          conflict={{ ...conflict, current: { groups: theirs } }}
          fields={['groups']}
          mine={describe(mine) ? { groups: mine } : {}}
          saving={loading}
          format={(_field, value) => describe(value as string[][]) || undefined}
          onReapply={reapply}
          onDiscard={discard}
        />
      )}
      <FormField id="synonyms" label={ui.offers.synonymsLabel} hint={ui.offers.synonymsHint} error={error}>
        {(control) => (
          <textarea
            {...control}
            className="synonyms"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </FormField>
      {mine.length > 0 && (
        <fieldset className="synonyms__broad" aria-describedby="synonyms-broad-hint">
          <legend>{ui.offers.synonymsBroadLegend}</legend>
          <p id="synonyms-broad-hint" className="field__hint">
            {ui.offers.synonymsBroadHint}
          </p>
          {mine.map((group, i) => (
            <label key={`${i}-${broadKey(group)}`} className="checkbox-field">
              <input
                type="checkbox"
                checked={broad.has(broadKey(group))}
                onChange={(e) => {
                  const next = new Set(broad);
                  if (e.target.checked) next.add(broadKey(group));
                  else next.delete(broadKey(group));
                  setBroad(next);
                }}
              />{' '}
              {ui.offers.synonymsBroad(group.join(', '))}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" className="button" disabled={loading}>
        {loading ? ui.offers.saving : ui.offers.synonymsSave}
      </button>
      <p className="live-message" role="status">
        {message}
      </p>
    </form>
  );
}
