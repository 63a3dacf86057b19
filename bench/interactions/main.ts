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
  if (element === 'tc-cart') await fillCart(email, accounts[0]!.customerId, Number(params.get('lines') ?? 200));
  const root = document.createElement('tc-portal') as HTMLElement & { portal: Portal };
  root.portal = portal;
  root.append(document.createElement(element));
  document.body.append(root);
})();

/** Puts `count` catalogue products in the cart, each at a quantity its rules allow. */
async function fillCart(email: string, customerId: number, count: number) {
  // A session of its own for the same customer: the cart belongs to the customer, not the session.
  const opened = await fetch(`${api}/v1/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'tradecounter', customerId }),
  });
  const { token } = (await opened.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const products: { id: number; minQuantity: number; orderMultiple: number }[] = [];
  for (let page = 1; products.length < count; page++) {
    const response = await fetch(`${api}/v1/products?pageSize=100&page=${page}`, { headers });
    const { items } = (await response.json()) as { items: typeof products };
    if (items.length === 0) break;
    products.push(...items);
  }
  const lines = products.slice(0, count).map((product) => ({
    productId: product.id,
    quantity: Math.ceil(product.minQuantity / product.orderMultiple) * product.orderMultiple,
  }));
  await fetch(`${api}/v1/cart/lines`, { method: 'DELETE', headers }).catch(() => undefined);
  const added = await fetch(`${api}/v1/cart/lines`, { method: 'POST', headers, body: JSON.stringify({ lines }) });
  if (!added.ok) throw new Error(`Could not fill the cart: ${added.status} ${await added.text()}`);
}
