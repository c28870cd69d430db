import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { errorMessage } from '../../components/errorMessage';
import { FormField } from '../../components/FormField';
import { SYNONYMS_QUERY, UPDATE_SYNONYMS_MUTATION } from './maintenanceQueries';

/** The search's synonym groups: one group per line, words separated by commas. */
export function SynonymsEditor() {
  const { data } = useQuery(SYNONYMS_QUERY);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [save, { loading }] = useMutation(UPDATE_SYNONYMS_MUTATION);
  useEffect(() => {
    if (data) setText(data.searchSynonyms.map((group) => group.join(', ')).join('\n'));
  }, [data]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const groups = text
      .split('\n')
      .map((line) => line.split(',').map((word) => word.trim()).filter(Boolean))
      .filter((group) => group.length > 0);
    try {
      await save({ variables: { groups } });
      setError(undefined);
      setMessage(ui.offers.synonymsSaved);
    } catch (caught) {
      setMessage(null);
      setError(errorMessage(caught));
    }
  };

  return (
    <form className="panel" aria-labelledby="synonyms-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="synonyms-title">{ui.offers.synonymsTitle}</h2>
      <FormField id="synonyms" label={ui.offers.synonymsLabel} hint={ui.offers.synonymsHint} error={error}>
        {(control) => <textarea {...control} className="synonyms" rows={10} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <button type="submit" className="button" disabled={loading}>
        {loading ? ui.offers.saving : ui.offers.synonymsSave}
      </button>
      <p className="live-message" role="status">
        {message}
      </p>
    </form>
  );
}
