import { z } from 'zod';
import { AddLinesRequest, AddLinesResponse, AdminCartPage, AdminCartQuery, Cart, ProductLookup, ProductLookupQuery, SetLineQuantity, UpdateCart } from '../cart.js';
import { Id, optionalIdempotencyHeaders } from '../common.js';
import { customerRoute, route } from '../route.js';

const ProductParams = z.object({ productId: Id });

const BulkAddHeaders = optionalIdempotencyHeaders('Unique per bulk add; reuse it when retrying the same add, so its quantities are added once.');

/** The buyer's cart (current order), kept on the server per customer and contact, and SKU lookup for quick order. */
export const cartRoutes = {
  getCart: route({
    method: 'get',
    path: '/v1/cart',
    tag: 'cart',
    summary: 'The signed-in contact’s cart, priced now, with any problems per line.',
    auth: customerRoute('orders'),
    response: Cart,
  }),
  setCartLine: route({
    method: 'put',
    path: '/v1/cart/lines/:productId',
    tag: 'cart',
    summary: 'Set the quantity of one product in the cart (0 removes it); checks minimum and order multiple.',
    auth: customerRoute('orders'),
    params: ProductParams,
    body: SetLineQuantity,
    response: Cart,
    errors: [404, 409],
  }),
  addCartLines: route({
    method: 'post',
    path: '/v1/cart/lines',
    tag: 'cart',
    summary:
      'Add many lines by SKU or product id (quick order, CSV); answers per line and the cart. With header `Idempotency-Key`, ' +
      'repeating the key answers the first add’s results (header `Idempotent-Replayed: true`) without adding again.',
    auth: customerRoute('orders'),
    headers: BulkAddHeaders,
    body: AddLinesRequest,
    response: AddLinesResponse,
  }),
  removeCartLine: route({
    method: 'delete',
    path: '/v1/cart/lines/:productId',
    tag: 'cart',
    summary: 'Remove one product from the cart (no error when it is not there).',
    auth: customerRoute('orders'),
    params: ProductParams,
    response: Cart,
  }),
  updateCart: route({
    method: 'patch',
    path: '/v1/cart',
    tag: 'cart',
    summary: 'Set the note for the supplier and the delivery (an address of the customer, or pickup).',
    auth: customerRoute('orders'),
    body: UpdateCart,
    response: Cart,
    errors: [404],
  }),
  clearCart: route({
    method: 'delete',
    path: '/v1/cart',
    tag: 'cart',
    summary: 'Empty the cart: lines, note and delivery.',
    auth: customerRoute('orders'),
    response: Cart,
  }),
  lookupProducts: route({
    method: 'get',
    path: '/v1/products/lookup',
    tag: 'cart',
    summary: 'A few products matching a SKU prefix or words, for lookup as the buyer types (visible products, customer prices).',
    auth: customerRoute('catalogue'),
    query: ProductLookupQuery,
    response: ProductLookup,
  }),
  listCarts: route({
    method: 'get',
    path: '/v1/admin/carts',
    tag: 'admin',
    summary: 'The supplier sees its customers’ carts, most recently changed first.',
    auth: { kind: 'admin' },
    query: AdminCartQuery,
    response: AdminCartPage,
  }),
};
