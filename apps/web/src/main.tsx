// First: zod's jitless mode before any schema exists (CSP, ADR 017).
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { App, preloadRoute } from './App';
import { createApolloClient } from './graphql/createApolloClient';
import { registerServiceWorker } from './registerServiceWorker';
import './styles.css';

void preloadRoute(window.location.pathname);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);

registerServiceWorker();
