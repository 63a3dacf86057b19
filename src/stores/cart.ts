import { atom, type ReadableAtom } from 'nanostores';
import type { Delivery } from '../../contract/addresses.js';
import type { AddLine, AddLineResult, CartProduct } from '../../contract/cart.js';
import type { Order } from '../../contract/orders.js';
import type { Client } from '../client/client.js';
import { AuthError } from '../client/errors.js';
import type { SessionStore } from './session.js';
import type { CartStorage, PlacementAttempt } from './cart-storage.js';
import { CartSync, randomId, type CartResult, type CartStatus } from './cart-sync.js';
import type { CartView } from './cart-view.js';

export type { CartResult, CartState, CartStatus } from './cart-sync.js';
export type { CartLineView, CartView } from './cart-view.js';
export type { CartStorage, PlacementAttempt } from './cart-storage.js';

/**
 * The signed-in buyer's cart. It lives on the server per customer and contact; this store shows
 * it with the buyer's changes applied at once, sends them in the background, rolls a refused one
 * back with the server's reason (on the line), keeps the cart and unsent changes in local storage
 * (so a failed request or a reload loses nothing, and other tabs follow), and places the order.
 *
 * ```js
 * portal.cart.$cart.subscribe((cart) => console.log(cart?.lines.length));
 * await portal.cart.add(productId, 12);
 * const order = await portal.cart.place({ poNumber: 'PO-4711' });
 * ```
 */
export interface CartStore {
  /** The cart as the buyer sees it; undefined until loaded and when signed out. */
  readonly $cart: ReadableAtom<CartView | undefined>;
  readonly $status: ReadableAtom<CartStatus>;
  /** A placement that got no answer; placing again re-sends it with the same idempotency key. */
  readonly $placement: ReadableAtom<PlacementAttempt | null>;
  /** Adds to a product's quantity (`product` lets a line new to the cart show before the server answers). */
  add(productId: number, quantity: number, product?: CartProduct): Promise<CartResult>;
  /** Sets a product's quantity; 0 removes it. */
  setQuantity(productId: number, quantity: number): Promise<CartResult>;
  remove(productId: number): Promise<CartResult>;
  /**
   * Adds many lines by SKU or product id (quick order, CSV); the server judges each line. Throws a
   * `TcError` when the request fails; retry with the same `idempotencyKey` (see `newIdempotencyKey`)
   * so an add whose answer was lost is not made twice.
   */
  addMany(lines: AddLine[], idempotencyKey?: string): Promise<AddLineResult[]>;
  /** Sets the note for the supplier and/or the delivery (`null` clears it). */
  update(changes: { note?: string; delivery?: Delivery | null }): Promise<CartResult>;
  /** Places the cart as an order; see {@link CartSync.place}. Throws a `TcError` when refused or unanswered. */
  place(options?: { poNumber?: string }): Promise<Order>;
  /** Reads the cart from the server again. */
  refresh(): Promise<void>;
  /** Sends the changes that wait for the server now. */
  retry(): Promise<void>;
  /** Forgets the reasons shown for refused changes. */
  dismissErrors(): void;
}

export interface CartStoreOptions {
  api: string;
  storage: CartStorage;
}

const signedOut: CartStatus = { state: 'signed-out', syncing: false, offline: false, placing: false };
const signInError = () => new AuthError(401, 'unauthenticated', 'Sign in to use the cart.');
const notSignedIn = async (): Promise<CartResult> => ({ ok: false, error: signInError(), pending: false });

/** The cart of whoever is signed in: loaded on sign-in, cleared from view on sign-out. */
export function createCartStore(client: Client, session: SessionStore, options: CartStoreOptions): CartStore {
  const tab = randomId();
  const $cart = atom<CartView | undefined>(undefined);
  const $status = atom<CartStatus>(signedOut);
  const $placement = atom<PlacementAttempt | null>(null);
  let current: { key: string; sync: CartSync; unbind: () => void } | undefined;
  let signingOut: CartSync | undefined;

  // An explicit sign-out sends the waiting changes while the token still works; the detach that
  // follows then clears the local copy. A session that merely expired keeps it for the next sign-in.
  session.beforeSignOut(async () => {
    if (!current) return;
    signingOut = current.sync;
    await current.sync.sendBeforeSignOut();
  });

  const detach = () => {
    current?.unbind();
    current?.sync.stop();
    if (signingOut && signingOut === current?.sync) signingOut.forget();
    signingOut = undefined;
    current = undefined;
    $cart.set(undefined);
    $placement.set(null);
    $status.set(signedOut);
  };

  session.$state.subscribe((state) => {
    if (state.status === 'signed-out') return detach();
    if (state.status !== 'signed-in') return; // still checking, or unreachable: keep what is shown
    const { customer, contact } = state.session;
    // Keyed per back end, customer and contact: the server keeps one cart for each pair.
    const key = `tradecounter:cart:${options.api}:${customer.id}:${contact.id}`;
    if (current?.key === key) return;
    detach();
    const sync = new CartSync(client, tab, options.storage, key);
    const unbind = [
      sync.$view.subscribe((view) => $cart.set(view)),
      sync.$status.subscribe((status) => $status.set(status)),
      sync.record.$placement.subscribe((attempt) => $placement.set(attempt)),
    ];
    current = { key, sync, unbind: () => unbind.forEach((stop) => stop()) };
    sync.start();
  });

  const withSync = <T>(work: (sync: CartSync) => Promise<T>, otherwise: () => Promise<T>) =>
    current ? work(current.sync) : otherwise();
  const signInFirst = () => Promise.reject(signInError());

  return {
    $cart,
    $status,
    $placement,
    add: (productId, quantity, product) =>
      withSync(
        (sync) => sync.change({ kind: 'quantity', productId, quantity: sync.quantityOf(productId) + quantity, ...(product && { product }) }),
        notSignedIn,
      ),
    setQuantity: (productId, quantity) =>
      withSync((sync) => sync.change({ kind: 'quantity', productId, quantity }), notSignedIn),
    remove: (productId) => withSync((sync) => sync.change({ kind: 'quantity', productId, quantity: 0 }), notSignedIn),
    addMany: (lines, idempotencyKey) => withSync((sync) => sync.addMany(lines, idempotencyKey), signInFirst),
    update: (changes) => withSync((sync) => sync.change({ kind: 'details', ...changes }), notSignedIn),
    place: (placement = {}) => withSync((sync) => sync.place(placement.poNumber), signInFirst),
    refresh: () => withSync((sync) => sync.refresh(), async () => undefined),
    retry: () => withSync((sync) => sync.flush(), async () => undefined),
    dismissErrors: () => current?.sync.dismissErrors(),
  };
}
