import type { ComponentsJSON } from '@nanostores/i18n';
import { cart } from './cart.js';
import { cartButton } from './cart-button.js';
import { catalogue } from './catalogue.js';
import { login } from './login.js';
import { orderList, orderStatus } from './order-list.js';
import { quickOrder } from './quick-order.js';

/** Romanian: one file per element, keyed by the element's i18n component name. */
export const ro: ComponentsJSON = {
  login,
  catalogue,
  cart,
  cartButton,
  quickOrder,
  orderList,
  orderStatus,
};
