// A React 19 page that uses the tags from npm: React sets properties (numbers, objects) on custom
// elements and listens to their events through `ontc-…` props, typed by tradecounter/jsx.
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Portal } from 'tradecounter';
import type {} from 'tradecounter/jsx';

const api = new URLSearchParams(location.search).get('api') ?? '';

function App() {
  const portal = useMemo(() => new Portal({ api, storage: 'memory' }), []);
  const [welcome, setWelcome] = useState('');
  const [pageSize, setPageSize] = useState(4);
  return (
    <tc-portal portal={portal}>
      <p id="welcome" role="status">{welcome}</p>
      <tc-login ontc-sign-in={(event) => setWelcome(`Welcome, ${event.detail.session.contact.name}`)} />
      <button type="button" id="more" onClick={() => setPageSize(8)}>Show 8</button>
      <tc-catalogue pageSize={pageSize} columns={2} />
    </tc-portal>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
