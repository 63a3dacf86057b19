// Shared set-up for the cart and order browser tests: a clean cart per test, products that fit a
// test, the supplier's admin API, and what another tab would see of local storage.
import type { Product } from '../../contract/catalogue.js';
import type { Portal, PortalOptions } from '../../src/portal/portal.js';
import { api, signedInPortal, until } from './helpers.js';

/**
 * The demo contact whose cart (and customer's orders) each ordering test file changes. Files run
 * in parallel against one back end, so no two files change the same cart or place orders for the
 * same customer.
 */
export const BUYERS = {
  cartStore: { email: 'ioana@ateliertehnic.example', customerId: 4 },
  cartButton: { email: 'mihai@constructim.example', customerId: 4 },
  cart: { email: 'liis@balticbuild.example', customerId: 3 },
  quickOrder: { email: 'mihai@constructim.example', customerId: 2 },
  orderList: { email: 'anna@nordwerk.example', customerId: 1 },
} as const;

/** The demo back end's admin key (web-test-runner starts it with the default). */
const ADMIN_KEY = 'dev-admin-key';

/** Calls the supplier's admin API, as the supplier's ERP would. */
export async function admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${api()}${path}`, {
    method,
    headers: { 'X-Admin-Key': ADMIN_KEY, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** The local-storage prefix of the signed-in contact's cart (other test files' carts have other keys). */
export function cartKey(portal: Portal): string {
  const state = portal.session.$state.get();
  if (state.status !== 'signed-in') throw new Error('Sign in first.');
  return `tradecounter:cart:${api()}:${state.session.customer.id}:${state.session.contact.id}`;
}

/** Forgets what this browser kept of the signed-in contact's cart. */
export function forgetLocalCart(portal: Portal) {
  const prefix = cartKey(portal);
  for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
}

const open: Portal[] = [];

/** A further portal (another tab, another device) signed in as `email`; closed by {@link closePortals}. */
export async function anotherTab(email: string, options: Partial<PortalOptions> = {}, customerId?: number): Promise<Portal> {
  const portal = await signedInPortal(email, customerId, options);
  open.push(portal);
  return portal;
}

/** Signs out every portal a test opened, so none keeps syncing into the next test. */
export async function closePortals() {
  await Promise.all(open.splice(0).map((portal) => portal.session.signOut()));
}

/**
 * A portal signed in as `email` whose cart starts empty on the server and in the browser, with the
 * delivery set to the customer's default address.
 */
export async function buyer(email: string, options: Partial<PortalOptions> = {}, customerId?: number): Promise<Portal> {
  const setup = await signedInPortal(email, customerId);
  forgetLocalCart(setup);
  await setup.client.cart.clear();
  const { items } = await setup.client.addresses.list();
  const address = items.find((item) => item.isDefault) ?? items[0];
  if (address) await setup.client.cart.update({ delivery: { kind: 'address', addressId: address.id } });
  await setup.session.signOut().catch(() => undefined);
  const portal = await anotherTab(email, options, customerId);
  await until(() => portal.cart.$status.get().state === 'ready');
  return portal;
}

/** Products of the signed-in customer's catalogue that fit a test: plenty of stock, simple or packed. */
export async function products(portal: Portal) {
  const all: Product[] = [];
  for (let page = 1; page <= 4; page++) {
    const { items } = await portal.client.catalogue.listProducts({ page, pageSize: 100 });
    all.push(...items);
  }
  const stocked = (product: Product) => product.stock.kind === 'quantity' && product.stock.quantity >= 50;
  const simple = all.filter((product) => stocked(product) && product.minQuantity === 1 && product.orderMultiple === 1);
  const packed = all.filter((product) => stocked(product) && product.minQuantity > 1 && product.orderMultiple === product.minQuantity);
  const outOfStock = all.filter((product) => product.stock.kind === 'quantity' && product.stock.quantity === 0);
  return { all, simple, packed, outOfStock };
}

/**
 * Tells this page of what it wrote to local storage under `prefix` since the last call, with
 * storage events, the way the browser tells every other tab (it never tells the tab that wrote).
 */
export function storageRelay(prefix: string) {
  const snapshot = () => Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith(prefix)).map((key) => [key, localStorage.getItem(key)]));
  let last: Record<string, string | null> = snapshot();
  return () => {
    const now = snapshot();
    for (const key of new Set([...Object.keys(last), ...Object.keys(now)])) {
      if (last[key] === now[key]) continue;
      window.dispatchEvent(new StorageEvent('storage', { key, oldValue: last[key] ?? null, newValue: now[key] ?? null, storageArea: localStorage }));
    }
    last = now;
  };
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A switchable fault: while `down`, requests matching `match` fail as if the server were unreachable. */
export function outage(match: (request: Request) => boolean) {
  const state = { down: false, seen: [] as Request[] };
  const fetcher: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (match(request)) state.seen.push(request.clone());
    if (state.down && match(request)) throw new TypeError('Failed to fetch');
    return fetch(request);
  };
  return Object.assign(state, { fetch: fetcher });
}
