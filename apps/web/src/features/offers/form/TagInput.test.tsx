import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TagInput } from './TagInput';

function Harness({ onSubmit }: { onSubmit: () => void }) {
  const [tags, setTags] = useState(['rygere']);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <TagInput id="tg" label="Målgruppe" tags={tags} onChange={setTags} />
      <span data-testid="value">{tags.join('|')}</span>
    </form>
  );
}

describe('TagInput (target groups)', () => {
  it('adds on Enter without submitting, skips duplicates, and removes with a named button', async () => {
    const user = userEvent.setup();
    const submit = jest.fn();
    render(<Harness onSubmit={submit} />);
    const box = screen.getByRole('textbox', { name: 'Målgruppe' });
    expect(box).toHaveAccessibleDescription('Skriv en målgruppe, og tryk Enter for at tilføje den.');
    await user.type(box, 'gravide{Enter}');
    await user.type(box, 'Rygere{Enter}');
    await user.type(box, 'ældre,');
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByTestId('value')).toHaveTextContent('rygere|gravide|ældre');
    expect(box).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('ældre er tilføjet.');
    const chosen = screen.getByRole('list', { name: 'Valgte målgrupper' });
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Fjern målgruppen gravide' }));
    expect(screen.getByTestId('value')).toHaveTextContent('rygere|ældre');
    expect(box).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('gravide er fjernet.');
  });

  it('keeps what is typed when the box loses focus', async () => {
    const user = userEvent.setup();
    render(<Harness onSubmit={jest.fn()} />);
    await user.type(screen.getByRole('textbox', { name: 'Målgruppe' }), 'pårørende');
    await user.tab();
    expect(screen.getByTestId('value')).toHaveTextContent('rygere|pårørende');
  });
});
