// The quantity rules of a product, in one place: the cart marks lines with them, single-line edits
// refuse with them, and placing checks them again inside the transaction.

import { fieldProblem, type FieldProblem } from '../http/errors.js';

export interface RuledProduct {
  unit: string;
  minQuantity: number;
  orderMultiple: number;
  stock: number;
  allowPreorder: boolean;
}

export type StockDisplay = 'quantity' | 'availability';

/** Why a quantity breaks the minimum or the order multiple; undefined when it keeps both. */
export function quantityRuleBroken(product: RuledProduct, quantity: number): { code: 'below_minimum' | 'not_multiple'; message: string } | undefined {
  if (quantity < product.minQuantity) {
    return { code: 'below_minimum', message: `The minimum is ${product.minQuantity}.` };
  }
  if (quantity % product.orderMultiple !== 0) {
    return { code: 'not_multiple', message: `Order in multiples of ${product.orderMultiple}.` };
  }
  return undefined;
}

/** Why the stock cannot cover a quantity; undefined when it can, or when the rest may be pre-ordered. */
export function stockShort(product: RuledProduct, quantity: number, display: StockDisplay): string | undefined {
  if (product.allowPreorder || quantity <= product.stock) return undefined;
  if (product.stock <= 0) return 'Out of stock.';
  // Suppliers who show only availability do not want exact quantities shown.
  return display === 'quantity' ? `Only ${product.stock} ${product.unit} in stock.` : 'Not enough in stock.';
}

/** VAT of a net amount in minor units, rounded half away from zero per line. */
export const vatOf = (net: number, ratePercent: number) => Math.round((net * ratePercent) / 100);

/** A broken rule as a refused `quantity` field, with the stable code and figures clients word it by. */
export function ruleProblem(product: RuledProduct, rule: { code: 'below_minimum' | 'not_multiple'; message: string }): FieldProblem {
  return rule.code === 'below_minimum'
    ? fieldProblem(rule.message, 'below_minimum', { min: product.minQuantity, unit: product.unit })
    : fieldProblem(rule.message, 'not_multiple', { multiple: product.orderMultiple, unit: product.unit });
}

/** A stock shortage (the sentence from {@link stockShort}) as a refused `quantity` field. */
export function stockProblem(product: RuledProduct, message: string, display: StockDisplay): FieldProblem {
  if (product.stock <= 0) return fieldProblem(message, 'out_of_stock');
  return display === 'quantity'
    ? fieldProblem(message, 'insufficient_stock', { stock: product.stock, unit: product.unit })
    : fieldProblem(message, 'insufficient_stock');
}
