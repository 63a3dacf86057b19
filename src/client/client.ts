import { addressesResource } from './addresses.js';
import { cartResource } from './cart.js';
import { catalogueResource } from './catalogue.js';
import { createHttp, type ClientOptions } from './http.js';
import { ordersResource } from './orders.js';
import { sessionResource } from './session.js';

/** The typed client of the Tradecounter REST contract: one property per resource. */
export function createClient(options: ClientOptions) {
  const http = createHttp(options);
  return {
    session: sessionResource(http),
    catalogue: catalogueResource(http),
    cart: cartResource(http),
    addresses: addressesResource(http),
    orders: ordersResource(http),
  };
}

export type Client = ReturnType<typeof createClient>;
export type { ClientOptions };
