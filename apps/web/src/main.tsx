// First: zod's jitless mode before any schema exists (CSP, ADR 017).
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { App, preloadRoute } from './App';
import { askViewerEarly } from './features/auth/useViewer';
import { createApolloClient } from './graphql/createApolloClient';
import { registerServiceWorker } from './registerServiceWorker';
import './styles.css';

// The first page's module and `me` are asked at once, before React's first render (ADR 056).
const client = createApolloClient();
askViewerEarly(client, window.location.pathname);
void preloadRoute(window.location.pathname);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);

registerServiceWorker();
