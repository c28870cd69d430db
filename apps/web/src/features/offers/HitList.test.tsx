import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { FIRST_HITS, HitList } from './HitList';
import { rygestop } from './offerFixtures';
import type { OfferSearchHitData } from './searchQueries';

const hits = (n: number, prefix = 'Tilbud'): OfferSearchHitData[] =>
  Array.from({ length: n }, (_, i) => ({
    __typename: 'OfferSearchHit',
    score: n - i,
    reasons: [],
    offer: { ...rygestop, id: `${prefix}-${i + 1}`, name: `${prefix} ${i + 1}` },
  }));

const list = (shown: OfferSearchHitData[]) => (
  <MemoryRouter>
    <HitList hits={shown} search="q=motion" />
  </MemoryRouter>
);

describe('HitList', () => {
  it('shows the first hits of an answer and a button that says how many more there are', () => {
    render(list(hits(25)));
    expect(screen.getAllByRole('article')).toHaveLength(FIRST_HITS);
    expect(screen.getByRole('link', { name: `Tilbud ${FIRST_HITS}` })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: `Tilbud ${FIRST_HITS + 1}` })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Vis ${25 - FIRST_HITS} tilbud mere` })).toBeInTheDocument();
  });

  it('shows the rest on the button and puts focus on the first hit it showed', async () => {
    render(list(hits(25)));
    await userEvent.click(screen.getByRole('button', { name: /tilbud mere/ }));
    expect(screen.getAllByRole('article')).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /tilbud mere/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Tilbud ${FIRST_HITS + 1}` })).toHaveFocus();
  });

  it('names one more hit in the singular and shows no button when every hit fits', () => {
    const { rerender } = render(list(hits(FIRST_HITS + 1)));
    expect(screen.getByRole('button', { name: 'Vis 1 tilbud mere' })).toBeInTheDocument();
    rerender(list(hits(FIRST_HITS)));
    expect(screen.getAllByRole('article')).toHaveLength(FIRST_HITS);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('starts short again when a new answer arrives', async () => {
    const { rerender } = render(list(hits(25)));
    await userEvent.click(screen.getByRole('button', { name: /tilbud mere/ }));
    rerender(list(hits(20, 'Andet')));
    expect(screen.getAllByRole('article')).toHaveLength(FIRST_HITS);
    expect(screen.getByRole('button', { name: `Vis ${20 - FIRST_HITS} tilbud mere` })).toBeInTheDocument();
  });

  it('links each hit with the search it came from', () => {
    render(list(hits(3)));
    expect(screen.getByRole('link', { name: 'Tilbud 1' }).getAttribute('href')).toContain('motion');
  });
});
