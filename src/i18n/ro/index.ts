import type { ComponentsJSON } from '@nanostores/i18n';
import { announcements } from './announcements.js';
import { catalogue } from './catalogue.js';
import { invoiceList } from './invoice-list.js';
import { login } from './login.js';
import { statement } from './statement.js';

/** Romanian: one file per element, keyed by the element's i18n component name. */
export const ro: ComponentsJSON = {
  login,
  catalogue,
  invoiceList,
  statement,
  announcements,
};
