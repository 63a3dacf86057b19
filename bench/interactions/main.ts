// The page bench/interactions.ts drives: a signed-in portal, then the element under test.
import '../../src/index.js';
import { Portal } from '../../src/portal/portal.js';

declare global {
  interface Window {
    benchReady: Promise<void>;
  }
}

const params = new URLSearchParams(location.search);
const api = params.get('api')!;
const element = params.get('element') ?? 'tc-catalogue';

window.benchReady = (async () => {
  const portal = new Portal({ api, storage: 'memory' });
  const email = 'anna@nordwerk.example';
  const { accounts } = await portal.client.session.listAccounts({ email, password: 'tradecounter' });
  await portal.session.signIn(email, 'tradecounter', accounts[0]!.customerId);
  const root = document.createElement('tc-portal') as HTMLElement & { portal: Portal };
  root.portal = portal;
  root.append(document.createElement(element));
  document.body.append(root);
})();
