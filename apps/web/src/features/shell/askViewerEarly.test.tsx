import { render, screen } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Observable } from 'rxjs';
import { viewer } from '../../../test/fixtures';
import { RequireAuth } from './RequireAuth';
import { askViewerEarly } from '../auth/useViewer';

/** A client whose link records each operation it sends and answers `me` with a signed-in director. */
function recordingClient() {
  const sent: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.operationName ?? '');
        observer.next({ data: { me: viewer('direktoer') } });
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

describe('askViewerEarly (ADR 056)', () => {
  it('asks me once at boot and the shell uses that answer without asking again', async () => {
    const { client, sent } = recordingClient();
    askViewerEarly(client, '/');
    expect(sent).toEqual(['Me']); // sent before React has rendered anything
    render(
      <ApolloProvider client={client}>
        <MemoryRouter initialEntries={['/']}>
          <Routes>
            <Route element={<RequireAuth />}>
              <Route index element={<h1>Overblik</h1>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </ApolloProvider>,
    );
    expect(await screen.findByText('Dorte Direktør')).toBeInTheDocument();
    expect(sent).toEqual(['Me']);
  });

  it('asks nothing on the public pages', () => {
    const { client, sent } = recordingClient();
    askViewerEarly(client, '/log-ind');
    askViewerEarly(client, '/offentligt/tilbud/abc');
    expect(sent).toEqual([]);
  });
});
