import type {
  Order, OrderConflictDetails, OrderLimitDetails, OrderPage, OrderQuery, PlaceOrderRequest, ReorderResponse,
} from '../../contract/orders.js';
import { ConflictError, LimitError } from './errors.js';
import type { Http } from './http.js';

/**
 * A fresh idempotency key (a version 4 UUID) for one placement or bulk add; keep it and send it
 * again when retrying that request. `crypto.randomUUID` exists only in secure contexts (HTTPS,
 * localhost), so a portal embedded in a plain-HTTP page builds one from `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function ordersResource(http: Http) {
  return {
    /**
     * Places the cart as an order. Pass the same `idempotencyKey` when retrying after a network
     * failure: the back end answers the order it already made instead of making a second one.
     * Throws `ConflictError` (see {@link orderConflictOf}) when a price, stock or the cart changed,
     * `LimitError` (see {@link orderLimitOf}) when the order limit would be exceeded.
     */
    place: (request: PlaceOrderRequest, idempotencyKey: string, signal?: AbortSignal) =>
      http<Order>('post', 'v1/orders', { json: request, headers: { 'Idempotency-Key': idempotencyKey }, signal }),
    list: (query: OrderQuery = {}, signal?: AbortSignal) =>
      http<OrderPage>('get', 'v1/orders', { searchParams: { ...query }, signal }),
    get: (id: number, signal?: AbortSignal) => http<Order>('get', `v1/orders/${id}`, { signal }),
    /** Cancels an order not yet picked up by the supplier; `ConflictError` when it is too late. */
    cancel: (id: number, signal?: AbortSignal) => http<Order>('post', `v1/orders/${id}/cancel`, { signal }),
    /** Adds the order's lines to the cart at today's prices; `unavailable` lists what could not be added. */
    /** Adds the order's lines to the cart; reuse `idempotencyKey` when retrying, so they are added once. */
    reorder: (id: number, idempotencyKey?: string, signal?: AbortSignal) =>
      http<ReorderResponse>('post', `v1/orders/${id}/reorder`, {
        ...(idempotencyKey && { headers: { 'Idempotency-Key': idempotencyKey } }),
        signal,
      }),
  };
}

/** The per-line detail of a placement conflict, when `error` is one. */
export function orderConflictOf(error: unknown): OrderConflictDetails | undefined {
  return error instanceof ConflictError && error.details?.kind === 'order_conflict'
    ? (error.details as unknown as OrderConflictDetails)
    : undefined;
}

/** The order limit and what remains of it, when `error` is a refused placement over the limit. */
export function orderLimitOf(error: unknown): OrderLimitDetails | undefined {
  return error instanceof LimitError && error.details?.kind === 'order_limit'
    ? (error.details as unknown as OrderLimitDetails)
    : undefined;
}
