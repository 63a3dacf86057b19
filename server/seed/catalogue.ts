import type { Queryable } from '../db/database.js';

/**
 * Catalogue demo data: a few favourites for Anna Berg at Nordwerk, so `<tc-saved-items>` has
 * something to show (one with a usual quantity she chose, the others at the product minimum).
 * Promoted products come with the products themselves (`promoted_rank`).
 */
export async function seedCatalogue(db: Queryable) {
  await db.query(
    `INSERT INTO favourites (contact_id, customer_id, product_id, usual_quantity, created_at)
     SELECT 1, 1, p.id, v.quantity, v.added::timestamptz
       FROM (VALUES (3, 20, '2026-02-01T09:00:00Z'), (40, NULL, '2026-02-02T09:00:00Z'), (95, NULL, '2026-02-03T09:00:00Z'))
            AS v (product_id, quantity, added)
       JOIN products p ON p.id = v.product_id`,
  );
}
