import type { Product } from '../../../contract/catalogue.js';

/** What is wrong with a quantity the buyer typed, if anything. */
export type QuantityProblem = 'not-whole' | 'below-minimum' | 'not-multiple';

type Rules = Pick<Product, 'minQuantity' | 'orderMultiple'>;

/** The least quantity that meets both the minimum and the multiple. */
export const smallestQuantity = ({ minQuantity, orderMultiple }: Rules) => Math.ceil(minQuantity / orderMultiple) * orderMultiple;

/** Checks a typed quantity against the product's minimum and order multiple. */
export function checkQuantity(draft: string, rules: Rules): { quantity: number } | { problem: QuantityProblem } {
  const text = draft.trim();
  if (!/^\d+$/.test(text)) return { problem: 'not-whole' };
  const quantity = Number(text);
  if (quantity < rules.minQuantity || quantity === 0) return { problem: 'below-minimum' };
  if (quantity % rules.orderMultiple !== 0) return { problem: 'not-multiple' };
  return { quantity };
}

/** The next valid quantity up or down from what was typed (never below the smallest valid one). */
export function stepQuantity(draft: string, rules: Rules, direction: 1 | -1): number {
  const smallest = smallestQuantity(rules);
  const current = Number.parseInt(draft, 10);
  if (!Number.isFinite(current) || current < smallest) return smallest;
  const multiple = rules.orderMultiple;
  const next = direction === 1 ? Math.floor(current / multiple) * multiple + multiple : Math.ceil(current / multiple) * multiple - multiple;
  return Math.max(smallest, next);
}
