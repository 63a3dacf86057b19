import { announcementsResource } from './announcements.js';
import { catalogueResource } from './catalogue.js';
import { favouritesResource } from './favourites.js';
import { createHttp, type ClientOptions } from './http.js';
import { invoicesResource } from './invoices.js';
import { addressesResource } from './addresses.js';
import { cartResource } from './cart.js';
import { ordersResource } from './orders.js';
import { sessionResource } from './session.js';
import { statementResource } from './statement.js';

/** The typed client of the Tradecounter REST contract: one property per resource. */
export function createClient(options: ClientOptions) {
  const http = createHttp(options);
  return {
    session: sessionResource(http),
    catalogue: catalogueResource(http),
    favourites: favouritesResource(http),
    invoices: invoicesResource(http),
    statement: statementResource(http),
    announcements: announcementsResource(http),
    cart: cartResource(http),
    addresses: addressesResource(http),
    orders: ordersResource(http),
  };
}

export type Client = ReturnType<typeof createClient>;
export type { ClientOptions };
