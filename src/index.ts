/**
 * Tradecounter: a supplier's B2B ordering portal as web components.
 *
 * Importing this module registers every `tc-` tag. Import `tradecounter/elements/<name>` to
 * register one tag alone.
 *
 * @packageDocumentation
 */
export { TcPortal } from './elements/portal/portal.js';
export { TcLogin } from './elements/login/login.js';
export { TcAcceptInvitation } from './elements/accept-invitation/accept-invitation.js';
export { TcCatalogue } from './elements/catalogue/catalogue.js';
export { TcSavedItems } from './elements/saved-items/saved-items.js';
export { TcInvoiceList } from './elements/invoice-list/invoice-list.js';
export { TcStatement } from './elements/statement/statement.js';
export { TcAnnouncements } from './elements/announcements/announcements.js';
export { TcCart } from './elements/cart/cart.js';
export { TcCartButton } from './elements/cart-button/cart-button.js';
export { TcQuickOrder } from './elements/quick-order/quick-order.js';
export { TcOrderList } from './elements/order-list/order-list.js';
export * from './public-api.js';
