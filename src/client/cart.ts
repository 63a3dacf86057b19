import type { AddLinesRequest, AddLinesResponse, Cart, ProductLookup, ProductLookupQuery, UpdateCart } from '../../contract/cart.js';
import type { Http } from './http.js';

/** The signed-in contact's cart on the server. Every change answers the whole cart, priced by the server. */
export function cartResource(http: Http) {
  return {
    get: (signal?: AbortSignal) => http<Cart>('get', 'v1/cart', { signal }),
    /**
     * Sets one product's quantity (0 removes the line). A quantity below the minimum or not a
     * multiple throws `ValidationError` with `fields.quantity`; a product the customer cannot see
     * throws `NotFoundError`; an out-of-stock product without pre-order throws `ConflictError`.
     */
    setQuantity: (productId: number, quantity: number, signal?: AbortSignal) =>
      http<Cart>('put', `v1/cart/lines/${productId}`, { json: { quantity }, signal }),
    /**
     * Adds many lines by SKU or product id (quantities add up); answers each line's fate and the cart.
     * Pass the same `idempotencyKey` when retrying after a failure: the back end then answers the
     * first add instead of adding the quantities again.
     */
    addLines: (lines: AddLinesRequest['lines'], idempotencyKey?: string, signal?: AbortSignal) =>
      http<AddLinesResponse>('post', 'v1/cart/lines', {
        json: { lines },
        ...(idempotencyKey && { headers: { 'Idempotency-Key': idempotencyKey } }),
        signal,
      }),
    removeLine: (productId: number, signal?: AbortSignal) => http<Cart>('delete', `v1/cart/lines/${productId}`, { signal }),
    /** Sets the note and/or the delivery (`null` clears the delivery). */
    update: (changes: UpdateCart, signal?: AbortSignal) => http<Cart>('patch', 'v1/cart', { json: changes, signal }),
    clear: (signal?: AbortSignal) => http<Cart>('delete', 'v1/cart', { signal }),
    /** A few products matching a SKU prefix (`sku`) or words (`q`), for lookup as the buyer types. */
    lookup: (query: ProductLookupQuery, signal?: AbortSignal) =>
      http<ProductLookup>('get', 'v1/products/lookup', { searchParams: { ...query }, signal }),
  };
}
