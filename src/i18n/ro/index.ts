import type { ComponentsJSON } from '@nanostores/i18n';
import { acceptInvitation } from './accept-invitation.js';
import { announcements } from './announcements.js';
import { cart } from './cart.js';
import { cartButton } from './cart-button.js';
import { catalogue } from './catalogue.js';
import { invoiceList } from './invoice-list.js';
import { login } from './login.js';
import { savedItems } from './saved-items.js';
import { statement } from './statement.js';
import { orderList, orderStatus } from './order-list.js';
import { quickOrder } from './quick-order.js';
import { errors } from './errors.js';
import { fieldErrors } from './field-errors.js';

/** Romanian: one file per element, keyed by the element's i18n component name. */
export const ro: ComponentsJSON = {
  login,
  acceptInvitation,
  catalogue,
  savedItems,
  invoiceList,
  statement,
  announcements,
  cart,
  cartButton,
  quickOrder,
  orderList,
  orderStatus,
  errors,
  fieldErrors,
};
