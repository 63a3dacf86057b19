import type { Delivery } from '../../contract/addresses.js';
import type { Cart, CartLine, CartProduct } from '../../contract/cart.js';
import type { TcError } from '../client/errors.js';

/**
 * One change the buyer made to the cart. Quantities are absolute (never "add 2"), so sending a
 * change twice, after a lost answer or from a second tab, cannot double a line.
 */
export type CartChange =
  | {
      kind: 'quantity';
      productId: number;
      /** The new quantity; 0 removes the line. */
      quantity: number;
      /** What to show for a line the server has not confirmed yet (a product new to the cart). */
      product?: CartProduct;
    }
  | { kind: 'details'; note?: string; delivery?: Delivery | null };

/** A cart line as the buyer sees it: the server's line with the buyer's unconfirmed quantity. */
export interface CartLineView extends CartLine {
  /** A change of this line waits for the server; `unitPrice` and `lineTotal` are from before it (or null for a new line). */
  pending: boolean;
  /** Why the server refused the buyer's last change of this line (its English sentence). */
  error?: string;
  /** The refusal itself, for wording `error` in the buyer's language (its `quantity` field issue). */
  refusal?: TcError;
}

/**
 * The cart as the buyer sees it: the server's last answer with the unconfirmed changes laid over
 * it. Totals are never recomputed in the browser: while `updating`, they are the server's figures
 * from before the changes, and should be shown as being updated.
 */
export interface CartView extends Omit<Cart, 'lines'> {
  lines: CartLineView[];
  /** Changes wait for the server's answer. */
  updating: boolean;
  /** Why the server refused the last change of the note or delivery (its English sentence). */
  detailsError?: string;
  /** The refusal itself, for wording `detailsError` in the buyer's language. */
  detailsRefusal?: TcError;
}

/** A refused change: the server's English sentence and the error, for wording it in another language. */
export interface CartRefusal {
  message: string;
  error: TcError;
}

export interface CartErrors {
  /** By product id. */
  lines: Record<number, CartRefusal>;
  details?: CartRefusal;
}

/** Lays the unconfirmed changes, oldest first, over the server's cart. */
export function cartView(cart: Cart, changes: CartChange[], errors: CartErrors): CartView {
  const lines = new Map<number, CartLineView>(cart.lines.map((line) => [line.product.id, { ...line, pending: false }]));
  let { note, delivery } = cart;
  for (const change of changes) {
    if (change.kind === 'details') {
      if (change.note !== undefined) note = change.note;
      if (change.delivery !== undefined) delivery = change.delivery;
      continue;
    }
    const line = lines.get(change.productId);
    if (change.quantity === 0) lines.delete(change.productId);
    else if (line) lines.set(change.productId, { ...line, quantity: change.quantity, pending: true });
    else if (change.product) lines.set(change.productId, unconfirmedLine(change.product, change.quantity));
  }
  return {
    ...cart,
    note,
    delivery,
    lines: [...lines.values()].map((line) => {
      const refusal = errors.lines[line.product.id];
      return refusal ? { ...line, error: refusal.message, refusal: refusal.error } : line;
    }),
    updating: changes.length > 0,
    ...(errors.details && { detailsError: errors.details.message, detailsRefusal: errors.details.error }),
  };
}

function unconfirmedLine(product: CartProduct, quantity: number): CartLineView {
  // A negative id cannot clash with a server line's; the server's answer replaces the line.
  return { id: -product.id, product, quantity, unitPrice: null, lineTotal: null, vatRate: 0, preorder: false, problems: [], pending: true };
}
