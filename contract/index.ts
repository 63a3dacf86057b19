// Types of the REST contract. The browser SDK imports these with `import type` only.
export type * from './common.js';
export type * from './errors.js';
export type * from './session.js';
export type * from './catalogue.js';
export type * from './invoices.js';
export type * from './statement.js';
export type * from './announcements.js';
export type * from './invitations.js';
export type * from './addresses.js';
export type * from './cart.js';
export type * from './orders.js';
