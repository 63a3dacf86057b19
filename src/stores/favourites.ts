import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import type { Favourite, Product } from '../../contract/catalogue.js';
import type { Client } from '../client/client.js';
import { TcError } from '../client/errors.js';
import type { SessionState } from './session.js';
import { sessionOwner } from './session-owner.js';

export type FavouritesState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; items: readonly Favourite[] }
  | { status: 'error'; error: TcError };

export interface FavouritesStore {
  $state: ReadableAtom<FavouritesState>;
  /** Ids of the favourite products, for a quick "is it a favourite?" on each card. */
  $ids: ReadableAtom<ReadonlySet<number>>;
  /** Loads the list again (after an error, or to pick up changes made elsewhere). */
  load(): Promise<void>;
  /** Keeps a product as a favourite; shown at once, rolled back if the server refuses. */
  add(product: Product, quantity?: number): Promise<void>;
  remove(productId: number): Promise<void>;
  toggle(product: Product): Promise<void>;
  /** Records the quantity the buyer just chose for a favourite, so it is offered next time. */
  rememberQuantity(productId: number, quantity: number): Promise<void>;
}

const byName = (a: Favourite, b: Favourite) => a.product.name.localeCompare(b.product.name) || a.product.id - b.product.id;

/**
 * The signed-in contact's favourites for its customer: loaded when an element first subscribes,
 * dropped and reloaded when the session changes hands, changed optimistically.
 */
export function createFavouritesStore(client: Client, $session: ReadableAtom<SessionState>): FavouritesStore {
  const $state = atom<FavouritesState>({ status: 'idle' });
  const $ids = computed($state, (state) => new Set(state.status === 'ready' ? state.items.map((item) => item.product.id) : []));
  let owner: string | undefined;
  let generation = 0;

  const items = () => {
    const state = $state.get();
    return state.status === 'ready' ? state.items : [];
  };
  /** Puts one product's favourite in place (or takes it out), leaving the others as they are now. */
  const put = (productId: number, favourite: Favourite | undefined) => {
    if ($state.get().status !== 'ready' && !favourite) return;
    const others = items().filter((item) => item.product.id !== productId);
    $state.set({ status: 'ready', items: favourite ? [...others, favourite].sort(byName) : others });
  };

  // A contact without the catalogue permission has no favourites to ask for.
  const ownerOf = (state: SessionState) =>
    state.status === 'signed-in' && state.session.permissions.includes('catalogue') ? sessionOwner(state) : undefined;

  async function load() {
    owner = ownerOf($session.get());
    const mine = ++generation;
    if (!owner) return $state.set({ status: 'idle' });
    if ($state.get().status !== 'ready') $state.set({ status: 'loading' });
    try {
      const { items } = await client.favourites.list();
      if (mine === generation) $state.set({ status: 'ready', items: [...items].sort(byName) });
    } catch (error) {
      if (mine === generation) $state.set({ status: 'error', error: error instanceof TcError ? error : new TcError(String(error)) });
    }
  }

  onMount($state, () =>
    $session.subscribe((state) => {
      if (ownerOf(state) !== owner || $state.get().status === 'idle') {
        if ($state.get().status !== 'idle') $state.set({ status: 'idle' });
        void load();
      }
    }),
  );

  async function add(product: Product, quantity?: number) {
    const before = items().find((item) => item.product.id === product.id);
    put(product.id, before ?? { product, quantity: quantity ?? product.minQuantity, addedAt: new Date().toISOString() });
    try {
      put(product.id, await client.favourites.save(product.id, quantity));
    } catch (error) {
      put(product.id, before);
      throw error;
    }
  }

  async function remove(productId: number) {
    const before = items().find((item) => item.product.id === productId);
    put(productId, undefined);
    try {
      await client.favourites.remove(productId);
    } catch (error) {
      put(productId, before);
      throw error;
    }
  }

  return {
    $state,
    $ids,
    load,
    add,
    remove,
    toggle: (product) => ($ids.get().has(product.id) ? remove(product.id) : add(product)),
    async rememberQuantity(productId, quantity) {
      const current = items().find((item) => item.product.id === productId);
      if (!current || current.quantity === quantity) return;
      put(productId, { ...current, quantity });
      try {
        put(productId, await client.favourites.save(productId, quantity));
      } catch (error) {
        put(productId, current);
        throw error;
      }
    },
  };
}
