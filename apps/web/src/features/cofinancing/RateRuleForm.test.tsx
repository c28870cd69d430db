import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import type { CofinancingRuleFieldsFragment } from '../../__generated__/graphql';
import { SAVE_COFINANCING_RATE_RULE_MUTATION } from './cofinancingQueries';
import { RateRuleForm } from './RateRuleForm';

const rule: CofinancingRuleFieldsFragment = {
  __typename: 'CofinancingEditableRule',
  rateSetId: 'age2018-regionh',
  sector: 'somatik',
  contactType: 'stationaer',
  ageGroup: '80+',
  label: 'Somatik, Indlæggelse, 80 år og derover',
  share: null,
  shareStatus: 'missing',
  cap: null,
  capStatus: 'missing',
  capUnit: 'perRegionalCourse',
  source: 'Region Hovedstaden, Kommunernes medfinansiering',
  note: null,
  version: 0,
};
const key = { rateSetId: 'age2018-regionh', sector: 'somatik', contactType: 'stationaer', ageGroup: '80+' };
const mine = { share: 0.56, shareStatus: 'approximate', cap: 31_029, capStatus: 'approximate', source: 'Bilag 1' };

function renderForm(mocks: Parameters<typeof renderRoute>[1]['mocks']) {
  const onDone = jest.fn();
  renderRoute(<RateRuleForm rule={rule} onDone={onDone} />, { mocks });
  return onDone;
}

async function fill(user: ReturnType<typeof userEvent.setup>, share: string) {
  const form = screen.getByRole('form', { name: `Ret ${rule.label}` });
  await user.type(within(form).getByLabelText('Andel (%)'), share);
  await user.selectOptions(within(form).getByLabelText('Status for andel'), 'approximate');
  await user.type(within(form).getByLabelText('Loft (kr.)'), '31.029');
  await user.selectOptions(within(form).getByLabelText('Status for loft'), 'approximate');
  const source = within(form).getByLabelText('Kilde');
  await user.clear(source);
  await user.type(source, 'Bilag 1');
  await user.click(within(form).getByRole('button', { name: 'Gem' }));
  return form;
}

describe('RateRuleForm', () => {
  it('refuses a share that is not a number, naming the field, and sends nothing', async () => {
    const user = userEvent.setup();
    const onDone = renderForm([]);
    const form = await fill(user, 'ca. halvdelen');
    expect(await within(form).findByRole('alert')).toHaveTextContent('Andel (%) skal være et tal');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('on CONFLICT keeps the typed figures and saves them on top of the stored version', async () => {
    const user = userEvent.setup();
    const onDone = renderForm([
      mocked({
        request: { query: SAVE_COFINANCING_RATE_RULE_MUTATION, variables: { input: { ...key, ...mine, version: 0 } } },
        result: {
          errors: [
            new GraphQLError('Satsen er ændret af en anden siden du åbnede den.', {
              extensions: {
                code: 'CONFLICT',
                currentVersion: 1,
                current: {
                  share: 0.5,
                  shareStatus: 'confirmed',
                  cap: 30_000,
                  capStatus: 'confirmed',
                  source: 'Kollega',
                },
              },
            }),
          ],
        },
      }),
      mocked({
        request: { query: SAVE_COFINANCING_RATE_RULE_MUTATION, variables: { input: { ...key, ...mine, version: 1 } } },
        result: { data: { saveCofinancingRateRule: { ...rule, ...mine, version: 2 } } },
      }),
    ]);
    const form = await fill(user, '56');
    const panel = await within(form).findByRole('alert');
    expect(panel).toHaveTextContent('Satsen er ændret af en anden');
    expect(within(panel).getByRole('row', { name: /Andel/ })).toHaveTextContent('50 %');
    expect(within(form).getByLabelText('Andel (%)')).toHaveValue('56');
    await user.click(within(panel).getByRole('button', { name: 'Gem mine ændringer igen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });
});
