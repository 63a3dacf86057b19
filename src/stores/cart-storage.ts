import { atom, map, type MapStore, type WritableAtom } from 'nanostores';
import { persistentJSON, persistentMap } from '@nanostores/persistent';
import type { Cart } from '../../contract/cart.js';
import type { PlaceOrderRequest } from '../../contract/orders.js';
import type { CartChange } from './cart-view.js';

/** Where the cart and its unsent changes are kept in the browser. */
export type CartStorage = 'local' | 'memory';

/** A change made in one tab and not yet confirmed by the server. */
export interface PendingChange {
  /** Unique per change; also orders changes across tabs (time first). */
  id: string;
  /** Milliseconds since the epoch when the buyer made it. */
  at: number;
  change: CartChange;
}

/** Each tab's queue of unsent changes, by tab id. */
export type PendingQueues = Record<string, PendingChange[] | undefined>;

/** A placement that got no answer: retried with the same key and the same request. */
export interface PlacementAttempt {
  key: string;
  request: PlaceOrderRequest;
}

/**
 * One contact's cart as the browser keeps it: the server's last answer, each tab's unsent changes
 * (one key per tab, so tabs never overwrite each other's queue) and an unanswered placement. In
 * `local` storage the stores follow other tabs through storage events.
 */
export interface CartRecord {
  $cart: WritableAtom<Cart | null>;
  $pending: MapStore<PendingQueues>;
  $placement: WritableAtom<PlacementAttempt | null>;
}

export function cartRecord(where: CartStorage, prefix: string): CartRecord {
  if (where === 'memory') {
    return { $cart: atom<Cart | null>(null), $pending: map<PendingQueues>({}), $placement: atom<PlacementAttempt | null>(null) };
  }
  return {
    $cart: persistentJSON<Cart | null>(`${prefix}:cart`, null),
    $pending: persistentMap<PendingQueues>(`${prefix}:pending:`, {}, {
      encode: JSON.stringify,
      decode: (text: string) => {
        try {
          return JSON.parse(text) as PendingChange[];
        } catch {
          return [];
        }
      },
    }),
    $placement: persistentJSON<PlacementAttempt | null>(`${prefix}:placement`, null),
  };
}
