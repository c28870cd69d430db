import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { MunicipalVocabularyPanel } from './MunicipalVocabularyPanel';
import { MUNICIPAL_VOCABULARY_QUERY, SAVE_MUNICIPAL_CONCEPT_MUTATION } from './vocabularyQueries';

const row = {
  __typename: 'MunicipalConcept' as const,
  id: 'c1',
  nationalId: 'osteoporose',
  label: 'osteoporose',
  addedTerms: ['skørbenet'],
  hiddenTerms: [],
  broad: false,
  nationalTerms: ['osteoporose', 'knogleskørhed'],
  version: 3,
};
const national = [{ __typename: 'NationalConcept' as const, id: 'osteoporose', label: 'osteoporose' }];

describe('MunicipalVocabularyPanel', () => {
  it("lists the municipality's layer and saves a changed concept against the version read", async () => {
    const user = userEvent.setup();
    const saved = { ...row, addedTerms: ['skørbenet', 'porøse knogler'], version: 4 };
    renderRoute(<MunicipalVocabularyPanel />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({
          request: { query: MUNICIPAL_VOCABULARY_QUERY },
          result: { data: { municipalVocabulary: [row], nationalConcepts: national } },
        }),
        mocked({
          request: {
            query: SAVE_MUNICIPAL_CONCEPT_MUTATION,
            variables: {
              id: 'c1',
              version: 3,
              input: {
                nationalId: 'osteoporose',
                label: '',
                addedTerms: ['skørbenet', 'porøse knogler'],
                hiddenTerms: [],
                broad: false,
              },
            },
          },
          result: {
            data: {
              saveMunicipalConcept: {
                __typename: 'MunicipalConcept',
                id: 'c1',
                label: 'osteoporose',
                addedTerms: saved.addedTerms,
                hiddenTerms: [],
                broad: false,
                version: 4,
              },
            },
          },
        }),
        mocked({
          request: { query: MUNICIPAL_VOCABULARY_QUERY },
          result: { data: { municipalVocabulary: [saved], nationalConcepts: national } },
        }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Kommunens ordforråd' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'osteoporose' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ret osteoporose' }));
    expect(screen.getByText('Nationale ord: osteoporose, knogleskørhed')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Ord, der tilføjes'), '{Enter}porøse knogler');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('"osteoporose" er gemt. Søgningen bruger det nu.')).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'skørbenet, porøse knogler' })).toBeInTheDocument();
  });
});
