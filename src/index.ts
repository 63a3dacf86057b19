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
export { configure, $defaultPortal } from './portal/default-portal.js';
export { Portal, type PortalOptions } from './portal/portal.js';
export { createClient, type Client, type ClientOptions } from './client/client.js';
export * from './client/errors.js';
export type { SessionState, SessionStore } from './stores/session.js';
export type { CartLineView, CartResult, CartState, CartStatus, CartStore, CartView, PlacementAttempt } from './stores/cart.js';
export type { FavouritesState, FavouritesStore } from './stores/favourites.js';
export type { ProductFilter, ProductPagesStore } from './stores/product-pages.js';
export { $catalogueView, type CatalogueView } from './stores/catalogue-view.js';
export { $locale, addTranslations, translationsReady } from './i18n/i18n.js';
export { errorMessages, errorText } from './i18n/errors.js';
export { fieldErrorMessages, fieldErrorText } from './i18n/field-errors.js';
export { formatMoney } from './format/money.js';
export { formatDate } from './format/date.js';
export type * from '../contract/index.js';
