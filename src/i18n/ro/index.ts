import type { ComponentsJSON } from '@nanostores/i18n';
import { catalogue } from './catalogue.js';
import { login } from './login.js';
import { savedItems } from './saved-items.js';

/** Romanian: one file per element, keyed by the element's i18n component name. */
export const ro: ComponentsJSON = {
  login,
  catalogue,
  savedItems,
};
