// Everything src/index.ts exports except the element classes: the part of the public API the
// embed's entry (src/embed/tradecounter.ts) carries, while its element classes load on demand.
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
