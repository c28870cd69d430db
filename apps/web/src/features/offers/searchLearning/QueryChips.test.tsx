import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { understandQuery, type QueryChipKind } from '@sundhed/shared/queryUnderstanding';
import { QueryChips, UnmetChips, readChips } from './QueryChips';
import { withIgnoredChips } from './withIgnoredChips';

/**
 * The search page's wiring in small: the input the page would send, and the chips its answer gives back (the
 * engine reads them with the same shared function; here every chip is met).
 */
function Harness({ text, sent }: { text: string; sent: (input: unknown) => void }) {
  const [ignored, setIgnored] = useState<string[]>([]);
  const input = withIgnoredChips({ limit: 30, text }, ignored)!;
  sent(input);
  const answer = understandQuery(text, ignored as QueryChipKind[]).chips;
  return <QueryChips chips={readChips(answer)} onRemove={(kind) => setIgnored([...ignored, kind])} />;
}

describe('QueryChips', () => {
  it('shows what the sentence said as chips and removes one, re-running the search without it', async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    render(<Harness text="gratis svømning for datteren på 9 på arabisk" sent={(i) => inputs.push(i)} />);
    const group = screen.getByRole('group', { name: 'Forstået i søgningen' });
    expect(group).toHaveTextContent('Gratis');
    expect(group).toHaveTextContent('Alder 9 år');
    expect(group).toHaveTextContent('Sprog: arabisk');
    await user.click(screen.getByRole('button', { name: 'Fjern Alder 9 år' }));
    expect(screen.queryByText('Alder 9 år')).not.toBeInTheDocument();
    expect(screen.getByText('Gratis')).toBeInTheDocument();
    expect(inputs.at(-1)).toEqual({
      limit: 30,
      text: 'gratis svømning for datteren på 9 på arabisk',
      ignoreChips: ['age'],
    });
  });

  it('a sentence without chips shows none', () => {
    const { container } = render(<QueryChips chips={[]} onRemove={() => undefined} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says which of the sentence’s filters no offer met, in Danish, and shows no chip for them', () => {
    const unmet = readChips([{ kind: 'language', value: 'ar', typed: 'paa arabisk' }]);
    render(<UnmetChips chips={unmet} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Ingen tilbud passede også til Sprog: arabisk, så søgningen viser tilbud uden den afgrænsning.',
    );
    expect(screen.queryByRole('group', { name: 'Forstået i søgningen' })).not.toBeInTheDocument();
  });
});
