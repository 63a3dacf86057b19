/**
 * SQL for the prices one customer sees, as a CTE named `priced` (product_id, price, list_price,
 * currency) with the customer id as parameter `$1`. A customer with a price list sees only that
 * list's products; without one, the default list. Prices are converted into the customer's
 * currency by the supplier's exchange rates. Every query that shows or charges a price uses this.
 */
export const pricedCte = `
  ctx AS (
    SELECT cu.id AS customer_id, cu.currency, COALESCE(cu.price_list_id, d.id) AS price_list_id, d.id AS default_list_id
      FROM customers cu LEFT JOIN price_lists d ON d.is_default
     WHERE cu.id = $1
  ),
  priced AS (
    SELECT pli.product_id,
           CASE WHEN pl.currency = ctx.currency THEN pli.price ELSE round(pli.price * r.rate)::bigint END AS price,
           CASE WHEN dl.currency = ctx.currency THEN dli.price ELSE round(dli.price * dr.rate)::bigint END AS list_price,
           ctx.currency
      FROM ctx
      JOIN price_lists pl ON pl.id = ctx.price_list_id
      JOIN price_list_items pli ON pli.price_list_id = pl.id
      LEFT JOIN exchange_rates r ON r.from_currency = pl.currency AND r.to_currency = ctx.currency
      LEFT JOIN price_lists dl ON dl.id = ctx.default_list_id
      LEFT JOIN price_list_items dli ON dli.price_list_id = dl.id AND dli.product_id = pli.product_id
      LEFT JOIN exchange_rates dr ON dr.from_currency = dl.currency AND dr.to_currency = ctx.currency
     WHERE pl.currency = ctx.currency OR r.rate IS NOT NULL
  )`;
