import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { AgendaItemForm } from './AgendaItemForm';
import { DecisionForm } from './DecisionForm';
import { FollowUpForm } from './FollowUpForm';
import { GrantForm } from './GrantForm';
import { RECORD_DECISION_MUTATION } from './meetingMutations';
import { draftItem } from './meetingFixtures';

/** The form's own field with a label (the source fieldset below repeats "Titel", "Dato" and "Note"). */
const first = (form: HTMLElement, label: string | RegExp) => within(form).getAllByLabelText(label)[0]!;

describe('agenda item, decision, grant and follow-up forms', () => {
  it('names a bad duration and a bad attachment link in Danish', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderRoute(<AgendaItemForm meetingId="cm-9" nextNumber={2} onDone={onDone} />, { mocks: [] });
    const form = screen.getByRole('form', { name: 'Tilføj punkt' });
    expect(first(form, 'Punktnummer')).toHaveValue('2');
    await user.type(first(form, /^Titel/), 'Status på opfølgning');
    await user.type(first(form, /^Forventet varighed/), '900');
    await user.type(first(form, /^Bilag/), 'bilag.pdf');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Forventet varighed skal være et helt antal minutter mellem 1 og 600');
    expect(first(form, /^Forventet varighed/)).toHaveAccessibleDescription(
      /Forventet varighed skal være et helt antal minutter/,
    );
    expect(first(form, /^Bilag/)).toHaveAccessibleDescription(/^Bilag 1 skal være et link/);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('asks for an outcome, then records the decision', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const input = {
      outcome: 'APPROVED_WITH_CHANGES' as const,
      decision: 'Godkendt med 1 mio. kr.',
      decidedOn: null,
      source: null,
    };
    renderRoute(<DecisionForm item={draftItem} onDone={onDone} />, {
      mocks: [
        mocked({
          request: { query: RECORD_DECISION_MUTATION, variables: { id: 'ai-1', version: 1, input } },
          result: {
            data: {
              recordDecision: {
                ...draftItem,
                outcome: 'APPROVED_WITH_CHANGES',
                outcomeLabel: 'Godkendt med ændringer',
                decision: input.decision,
                decidedOn: '2027-01-20',
                version: 2,
              },
            },
          },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Beslutning på punkt 1' });
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/^.*Beslutning skal være godkendt som indstillet/);
    await user.click(within(form).getByRole('radio', { name: 'Godkendt med ændringer' }));
    await user.type(first(form, /^Beslutningstekst/), input.decision);
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it('refuses a grant without area, title, year and amount, and a last year before the first', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderRoute(<GrantForm item={draftItem} hosts={[{ id: 'm-ishoj', name: 'Ishøj' }]} onDone={onDone} />, {
      mocks: [],
    });
    const form = screen.getByRole('form', { name: 'Opret bevilling på punkt 1' });
    await user.type(first(form, /^År/), '2027');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Område skal være psykiatri, somatik eller andet');
    expect(summary).toHaveTextContent('Titel skal udfyldes');
    expect(summary).toHaveTextContent('Beløb skal udfyldes');
    await user.click(within(form).getByRole('radio', { name: 'Psykiatri' }));
    await user.type(first(form, /^Titel/), 'Psykiatri');
    await user.type(first(form, /^Beløb/), '1.000.000');
    await user.type(first(form, /^Til og med år/), '2026');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() =>
      expect(first(form, /^Til og med år/)).toHaveAccessibleDescription(
        /Til og med år må ikke ligge før bevillingens første år/,
      ),
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('asks for the day a follow-up point was done', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderRoute(<FollowUpForm idPrefix="fu" parent={{ agendaItemId: 'ai-1' }} onDone={onDone} />, { mocks: [] });
    const form = screen.getByRole('form', { name: 'Tilføj opfølgningspunkt' });
    await user.type(first(form, /^Tekst/), 'Status til den politiske klynge');
    await user.type(first(form, /^Ansvarlig/), 'Klyngesekretariatet');
    await user.type(first(form, /^Frist/), '1.11.2027');
    await user.click(within(form).getByRole('radio', { name: 'Udført' }));
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Udført den skal udfyldes, når punktet er udført');
    expect(onDone).not.toHaveBeenCalled();
  });
});
