import { routes } from '../../contract/routes.js';
import type { Api } from '../http/api.js';
import { pricedCte } from './pricing.js';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * SKU lookup as the buyer types (quick order): visible products at the customer's prices, exact
 * SKU first, then SKU prefixes, then name matches.
 */
export function mountProductLookup(api: Api) {
  api.handle(routes.lookupProducts, async ({ db, caller, query }) => {
    const text = query.sku ?? query.q;
    if (!text) return { items: [] };
    const params: unknown[] = [caller.customerId, text.toLowerCase(), `${escapeLike(text)}%`, query.limit];
    const nameMatch = query.q ? `OR p.sku ILIKE '%' || $3 OR p.name ILIKE '%' || $3` : '';
    const rows = await db.query<{
      id: number; sku: string; name: string; unit: string; price: number; currency: string; min_quantity: number;
      order_multiple: number; stock: number; allow_preorder: boolean; stock_display: 'quantity' | 'availability';
    }>(
      `WITH ${pricedCte}
       SELECT p.id, p.sku, p.name, p.unit, priced.price, priced.currency, p.min_quantity, p.order_multiple, p.stock,
              p.allow_preorder, s.stock_display
         FROM priced JOIN products p ON p.id = priced.product_id AND p.active CROSS JOIN supplier s
        WHERE p.sku ILIKE $3 ${nameMatch}
        ORDER BY lower(p.sku) = $2 DESC, p.sku ILIKE $3 DESC, p.sku
        LIMIT $4`,
      params,
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        sku: row.sku,
        name: row.name,
        unit: row.unit,
        price: { amount: row.price, currency: row.currency },
        minQuantity: row.min_quantity,
        orderMultiple: row.order_multiple,
        stock: row.stock_display === 'quantity' ? { kind: 'quantity' as const, quantity: row.stock } : { kind: 'availability' as const, available: row.stock > 0 },
        allowPreorder: row.allow_preorder,
      })),
    };
  });
}
