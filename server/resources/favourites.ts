import { routes } from '../../contract/routes.js';
import type { Favourite } from '../../contract/catalogue.js';
import type { Caller } from '../auth/sessions.js';
import type { Queryable } from '../db/database.js';
import type { Api } from '../http/api.js';
import { ApiError, fieldProblem, notFound } from '../http/errors.js';
import { findProduct, productColumns, toProduct, visibleProducts, type ProductRow } from './catalogue.js';
import { pricedCte } from './pricing.js';

type FavouriteRow = ProductRow & { usual_quantity: number | null; added_at: Date };

/**
 * The quantity to offer: the buyer's last choice, raised to the product's current minimum and
 * rounded up to its current multiple (the supplier may have changed either since).
 */
export function usualQuantity(chosen: number | null, minQuantity: number, orderMultiple: number): number {
  const wanted = Math.max(chosen ?? minQuantity, minQuantity);
  return Math.ceil(wanted / orderMultiple) * orderMultiple;
}

function toFavourite(row: FavouriteRow, origin: string): Favourite {
  return {
    product: toProduct(row, origin),
    quantity: usualQuantity(row.usual_quantity, row.min_quantity, row.order_multiple),
    addedAt: row.added_at.toISOString(),
  };
}

/** Favourites of the caller; products the customer can no longer see drop out through the join. */
async function listFavourites(db: Queryable, caller: Caller, productId?: number) {
  return db.query<FavouriteRow>(
    `WITH ${pricedCte} SELECT ${productColumns}, f.usual_quantity, f.created_at AS added_at ${visibleProducts}
       JOIN favourites f ON f.product_id = p.id AND f.customer_id = $1 AND f.contact_id = $2
      ${productId === undefined ? '' : 'WHERE p.id = $3'}
      ORDER BY p.name, p.id`,
    productId === undefined ? [caller.customerId, caller.contactId] : [caller.customerId, caller.contactId, productId],
  );
}

function checkQuantity(quantity: number, product: ProductRow) {
  if (quantity < product.min_quantity) {
    throw new ApiError(400, 'validation_failed', `Order at least ${product.min_quantity}.`, {
      quantity: fieldProblem(`Order at least ${product.min_quantity}`, 'below_minimum', { min: product.min_quantity }),
    });
  }
  if (quantity % product.order_multiple !== 0) {
    throw new ApiError(400, 'validation_failed', `Order in multiples of ${product.order_multiple}.`, {
      quantity: fieldProblem(`Order in multiples of ${product.order_multiple}`, 'not_multiple', { multiple: product.order_multiple }),
    });
  }
}

export function mountFavourites(api: Api) {
  api.handle(routes.listFavourites, async ({ db, caller, origin }) => {
    const rows = await listFavourites(db, caller);
    return { items: rows.map((row) => toFavourite(row, origin)) };
  });

  api.handle(routes.saveFavourite, async ({ db, caller, params, body, origin }) => {
    const product = await findProduct(db, caller.customerId, params.productId);
    if (!product) throw notFound('This product');
    if (body.quantity !== undefined) checkQuantity(body.quantity, product);
    await db.query(
      `INSERT INTO favourites (contact_id, customer_id, product_id, usual_quantity) VALUES ($1, $2, $3, $4)
       ON CONFLICT (contact_id, customer_id, product_id)
       DO UPDATE SET usual_quantity = COALESCE(EXCLUDED.usual_quantity, favourites.usual_quantity)`,
      [caller.contactId, caller.customerId, params.productId, body.quantity ?? null],
    );
    const [row] = await listFavourites(db, caller, params.productId);
    return toFavourite(row!, origin);
  });

  api.handle(routes.removeFavourite, async ({ db, caller, params }) => {
    const removed = await db.query(
      'DELETE FROM favourites WHERE contact_id = $1 AND customer_id = $2 AND product_id = $3 RETURNING product_id',
      [caller.contactId, caller.customerId, params.productId],
    );
    // Removing what was never a favourite is fine, but only for a product the customer can see.
    if (removed.length === 0 && !(await findProduct(db, caller.customerId, params.productId))) throw notFound('This product');
  });
}
