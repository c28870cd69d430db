import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryChips } from './QueryChips';
import { understoodChips, withIgnoredChips } from './withIgnoredChips';

/** The search page's wiring in small: the input the page would send, and its chips. */
function Harness({ text, sent }: { text: string; sent: (input: unknown) => void }) {
  const [ignored, setIgnored] = useState<string[]>([]);
  const input = withIgnoredChips({ limit: 30, text }, ignored)!;
  sent(input);
  return <QueryChips chips={understoodChips(input)} onRemove={(kind) => setIgnored([...ignored, kind])} />;
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

  it('a filter chosen in the form wins, and a sentence without chips shows none', () => {
    expect(understoodChips({ text: 'gratis motion', freeOnly: true })).toEqual([]);
    const { container } = render(<QueryChips chips={[]} onRemove={() => undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
