import { count, params } from '@nanostores/i18n';
import type { CartProduct, LineProblem } from '../../../contract/cart.js';
import { i18n } from '../../i18n/i18n.js';

export const cartMessages = i18n('cart', {
  heading: 'Current order',
  lines: count({ one: '({count} line)', other: '({count} lines)' }),
  loading: 'Loading your cart…',
  empty: 'Your cart is empty.',
  signedOut: 'Sign in to see your cart.',
  noAccess: 'Your account cannot place orders. Ask your supplier for access.',
  notConfigured: 'The cart is not set up: the back-end address is missing.',
  unexpected: 'Something went wrong. Please try again.',
  retry: 'Try again',
  offline: 'Your latest changes are not saved yet: the server cannot be reached. They are kept and sent as soon as it can.',
  sku: 'SKU',
  preorder: 'Partly on pre-order: the rest ships when stock arrives.',
  quantityOf: params<{ name: string }>('Quantity of {name}'),
  rule: params<{ min: string; multiple: string; unit: string }>('Min. {min}, multiples of {multiple} {unit}'),
  wholeNumber: 'Enter a whole number (0 removes the line).',
  minimum: params<{ min: string; unit: string }>('The minimum is {min} {unit}.'),
  multiple: params<{ multiple: string; unit: string }>('Order in multiples of {multiple} {unit}.'),
  insufficientStock: 'Not enough in stock for this quantity.',
  unavailable: 'No longer available',
  unavailableProblem: 'This product is no longer available to you. Remove it to place the order.',
  updating: 'Updating…',
  remove: 'Remove',
  removeItem: params<{ name: string }>('Remove {name}'),
  note: 'Note for the supplier',
  delivery: 'Delivery',
  pickup: 'Pickup at the supplier',
  loadingAddresses: 'Loading your addresses…',
  noAddresses: 'No delivery address on file. Ask your supplier to add one.',
  chooseDelivery: 'Choose where the order goes: one of your addresses or pickup.',
  poNumber: 'Your order reference (PO number, optional)',
  net: 'Total without VAT',
  vat: 'VAT',
  gross: 'Total with VAT',
  updatingTotals: 'Updating totals…',
  place: 'Place order',
  placing: 'Placing order…',
  conflict: 'Something changed since you last looked. Check the updated cart, then place the order again.',
  priceChanged: params<{ was: string; now: string }>('price changed from {was} to {now}'),
  totalChanged: params<{ was: string; now: string }>('The total with VAT is now {now} (it was {was}).'),
  cartChanged: 'The cart was also changed in another window or device.',
  review: 'Review the cart',
  placeUpdated: 'Place order with the updated cart',
  limit: params<{ remaining: string; limit: string; total: string }>(
    'This order ({total} with VAT) is over your order limit: {remaining} of your {limit} limit remains for new orders.',
  ),
  unanswered: 'We could not confirm your order. Try again: it will be placed only once.',
  retryPlace: 'Try placing again',
  placed: 'Thank you, your order is placed',
  orderNumber: 'Order number',
  continue: 'Continue',
});

type Messages = ReturnType<typeof cartMessages.get>;

/** Why a quantity the buyer typed cannot be sent; undefined when it can (0 removes the line). */
export function quantityProblem(t: Messages, product: Pick<CartProduct, 'minQuantity' | 'orderMultiple' | 'unit'>, raw: string): string | undefined {
  if (!/^\d+$/.test(raw)) return t.wholeNumber;
  const quantity = Number(raw);
  if (quantity === 0) return undefined;
  if (quantity < product.minQuantity) return t.minimum({ min: String(product.minQuantity), unit: product.unit });
  if (quantity % product.orderMultiple !== 0) return t.multiple({ multiple: String(product.orderMultiple), unit: product.unit });
  return undefined;
}

/**
 * A rule a cart line breaks. The server's sentence is English; in another language the element
 * says the same from the problem's code and the product's rules.
 */
export function problemText(t: Messages, problem: LineProblem, product: CartProduct, locale: string): string {
  if (locale.toLowerCase().startsWith('en')) return problem.message;
  switch (problem.code) {
    case 'below_minimum':
      return t.minimum({ min: String(product.minQuantity), unit: product.unit });
    case 'not_multiple':
      return t.multiple({ multiple: String(product.orderMultiple), unit: product.unit });
    case 'insufficient_stock':
      return t.insufficientStock;
    case 'unavailable':
      return t.unavailableProblem;
  }
}
