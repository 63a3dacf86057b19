import { addressRoutes } from './routes/addresses.js';
import { cartRoutes } from './routes/cart.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { orderRoutes } from './routes/orders.js';
import { favouriteRoutes } from './routes/favourites.js';
import { sessionRoutes } from './routes/session.js';
import { invitationRoutes } from './routes/invitations.js';
import { invoiceRoutes } from './routes/invoices.js';
import { statementRoutes } from './routes/statement.js';
import { announcementRoutes } from './routes/announcements.js';
import { adminCustomerRoutes } from './routes/admin-customers.js';
import { adminContactRoutes } from './routes/admin-contacts.js';
import { adminInvoiceRoutes } from './routes/admin-invoices.js';
import { adminAnnouncementRoutes } from './routes/admin-announcements.js';

/**
 * The route table of the Tradecounter REST contract, version 1: one file per resource under
 * routes/, merged here. The server mounts from it, the OpenAPI document is generated from it, and
 * the isolation tests walk it.
 */
export const routes = {
  ...sessionRoutes,
  ...catalogueRoutes,
  ...favouriteRoutes,
  ...invitationRoutes,
  ...invoiceRoutes,
  ...statementRoutes,
  ...announcementRoutes,
  ...adminCustomerRoutes,
  ...adminContactRoutes,
  ...adminInvoiceRoutes,
  ...adminAnnouncementRoutes,
  ...cartRoutes,
  ...addressRoutes,
  ...orderRoutes,
};

export type Routes = typeof routes;
export type RouteName = keyof Routes;
