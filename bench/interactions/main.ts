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
  // The cart is filled before the portal signs in: the portal loads the cart once at sign-in.
  if (element === 'tc-cart') await fillCart(email, accounts[0]!.customerId, Number(params.get('lines') ?? 200));
  await portal.session.signIn(email, 'tradecounter', accounts[0]!.customerId);
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
  type Listed = { id: number; minQuantity: number; orderMultiple: number; allowPreorder: boolean; stock: { kind: 'quantity'; quantity: number } | { kind: 'availability'; available: boolean } };
  const products: Listed[] = [];
  // Only products the cart takes: in stock, or open to pre-order.
  const orderable = (product: Listed) => product.allowPreorder || (product.stock.kind === 'quantity' ? product.stock.quantity > 0 : product.stock.available);
  for (let page = 1; products.length < count; page++) {
    const response = await fetch(`${api}/v1/products?pageSize=100&page=${page}`, { headers });
    const { items } = (await response.json()) as { items: Listed[] };
    if (items.length === 0) break;
    products.push(...items.filter(orderable));
  }
  const line = (product: Listed) => ({ productId: product.id, quantity: Math.ceil(product.minQuantity / product.orderMultiple) * product.orderMultiple });
  await fetch(`${api}/v1/cart`, { method: 'DELETE', headers }).catch(() => undefined);
  // The server may leave out a product it will not sell this customer: top up until the cart holds `count` lines.
  let next = 0;
  for (let inCart = 0, round = 0; inCart < count && next < products.length && round < 5; round++) {
    const batch = products.slice(next, next + count - inCart);
    next += batch.length;
    const added = await fetch(`${api}/v1/cart/lines`, { method: 'POST', headers, body: JSON.stringify({ lines: batch.map(line) }) });
    if (!added.ok) throw new Error(`Could not fill the cart: ${added.status} ${await added.text()}`);
    inCart = ((await added.json()) as { cart: { lines: unknown[] } }).cart.lines.length;
  }
}
