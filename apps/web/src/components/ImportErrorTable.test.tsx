import { render, screen } from '@testing-library/react';
import { ImportErrorTable } from './ImportErrorTable';

describe('ImportErrorTable', () => {
  it('says "Filen blev ikke importeret" once and names the table by it', () => {
    render(<ImportErrorTable errors={[{ line: 3, column: 'Sprog', message: 'Sprog: »xx« kendes ikke.' }]} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent?.match(/Filen blev ikke importeret/g)).toHaveLength(1);
    expect(screen.getByRole('table', { name: 'Filen blev ikke importeret. Ret disse rækker:' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('3Sprog');
  });
});
