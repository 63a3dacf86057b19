import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { isConnectionError, serviceUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from './db/unavailable.js';
import { Api } from './http/api.js';
import { conditionalGet } from './http/conditional.js';
import { ApiError } from './http/errors.js';
import type { Mailer } from './mail/mailer.js';
import { mountAddresses } from './resources/addresses.js';
import { mountAdminOrders } from './resources/admin-orders.js';
import { mountCart } from './resources/cart.js';
import { mountCatalogue } from './resources/catalogue.js';
import { mountFavourites } from './resources/favourites.js';
import { mountMedia } from './resources/media.js';
import { mountOrders } from './resources/orders.js';
import { mountProductLookup } from './resources/product-lookup.js';
import { mountSession } from './resources/session.js';
import { mountInvitations } from './resources/invitations.js';
import { mountInvoices } from './resources/invoices.js';
import { mountStatement } from './resources/statement.js';
import { mountAnnouncements } from './resources/announcements.js';
import { mountAdminCustomers } from './admin/customers.js';
import { mountAdminContacts } from './admin/contacts.js';
import { mountAdminInvoices } from './admin/invoices.js';
import { mountAdminAnnouncements } from './admin/announcements.js';

/** What the app uses besides the database; without a mailer, order mail waits in the outbox table. */
export interface Services {
  mailer?: Pick<Mailer, 'kick'>;
}

/** The reference back end as a Hono app: every route of the contract, on the given database. */
export function createApp(db: Database, config: Config, services: Services = {}): Hono {
  const app = new Hono();

  app.use(
    '*',
    cors({
      origin: config.corsOrigins === '*' ? '*' : config.corsOrigins,
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'X-Admin-Key'],
      exposeHeaders: ['ETag'],
      maxAge: 600,
    }),
  );

  app.onError((error, context) => {
    if (error instanceof ApiError) return context.json(error.toBody(), error.status as never);
    if (isConnectionError(error)) {
      context.header('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      return context.json(serviceUnavailable().toBody(), 503);
    }
    console.error(error);
    return context.json(new ApiError(500, 'internal', 'Something went wrong on our side. Please try again.').toBody(), 500);
  });
  app.notFound((context) => context.json(new ApiError(404, 'not_found', 'There is no such endpoint.').toBody(), 404));

  app.get('/health', (context) => context.json({ ok: true, database: db.kind }));

  // Registered before the routes so that it wraps them.
  for (const path of ['/v1/products', '/v1/products/*', '/v1/categories', '/v1/tags']) app.use(path, conditionalGet());

  const api = new Api(app, db, config);
  mountSession(api);
  // Before the catalogue: `/v1/products/lookup` must not be taken for `/v1/products/:id`.
  mountProductLookup(api);
  mountCatalogue(api);
  mountFavourites(api);
  mountInvitations(api);
  mountInvoices(api);
  mountStatement(api);
  mountAnnouncements(api);
  mountAdminCustomers(api);
  mountAdminContacts(api);
  mountAdminInvoices(api);
  mountAdminAnnouncements(api);
  mountCart(api);
  mountAddresses(api);
  mountOrders(api, { afterOrderPlaced: () => services.mailer?.kick() });
  mountAdminOrders(api);
  mountMedia(app);
  return app;
}
