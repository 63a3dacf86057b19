// The shared runtime every element pulls in: Lit, the base element, the portal (client + stores),
// the default-portal lookup and i18n. check-budgets bundles this alone to size it.
export { LitElement, html, css, nothing } from 'lit';
export { TcElement } from '../src/base/tc-element.js';
export { StoreController } from '../src/base/store-controller.js';
export { define } from '../src/base/define.js';
export { Portal } from '../src/portal/portal.js';
export { configure, $defaultPortal } from '../src/portal/default-portal.js';
export { createClient } from '../src/client/client.js';
export * from '../src/client/errors.js';
export { $locale, i18n } from '../src/i18n/i18n.js';
