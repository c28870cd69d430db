import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router';

interface RenderRouteOptions {
  mocks: MockedProviderProps['mocks'];
  path?: string;
  /** Route pattern the element is mounted at, e.g. "/temaer/:id". */
  pattern?: string;
  /** Extra routes, e.g. the pages a component navigates to. */
  extra?: ReactElement[];
}

/** Renders one page inside Apollo's mocked client and an in-memory router. */
export function renderRoute(
  element: ReactElement,
  { mocks, path = '/', pattern = path, extra = [] }: RenderRouteOptions,
) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={pattern} element={element} />
          {extra}
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}
