import type { AdminCustomer } from '../../contract/admin.js';
import type { Permission } from '../../contract/session.js';
import { routes } from '../../contract/routes.js';
import { now } from '../clock.js';
import type { Queryable } from '../db/database.js';
import type { Api } from '../http/api.js';
import { ApiError, notFound } from '../http/errors.js';

interface CustomerRow {
  id: number; name: string; currency: string; locale: string; price_list_id: number | null;
  credit_limit: number | null; order_limit: number | null; payment_terms_days: number; billing_address: string; tax_id: string;
}

const toAdminCustomer = (row: CustomerRow): AdminCustomer => ({
  id: row.id,
  name: row.name,
  currency: row.currency,
  locale: row.locale,
  priceListId: row.price_list_id,
  creditLimit: row.credit_limit === null ? null : { amount: row.credit_limit, currency: row.currency },
  orderLimit: row.order_limit === null ? null : { amount: row.order_limit, currency: row.currency },
  paymentTermsDays: row.payment_terms_days,
  billingAddress: row.billing_address,
  taxId: row.tax_id,
});

async function checkPriceList(db: Queryable, priceListId: number | null | undefined) {
  if (priceListId === null || priceListId === undefined) return;
  const [list] = await db.query('SELECT 1 FROM price_lists WHERE id = $1', [priceListId]);
  if (!list) throw new ApiError(400, 'validation_failed', 'Please check: priceListId.', { priceListId: 'No such price list' });
}

/** Supplier side: customer accounts and their commercial settings. */
export function mountAdminCustomers(api: Api) {
  api.handle(routes.adminListCustomers, async ({ db, config }) => {
    const [customers, contacts, priceLists] = await Promise.all([
      db.query<CustomerRow>('SELECT * FROM customers ORDER BY name, id'),
      // Members, and contacts invited to the account who have not used their link yet.
      db.query<{ customer_id: number; id: number; name: string; email: string; active: boolean; invited: boolean; permissions: Permission[] }>(
        `SELECT DISTINCT ON (customer_id, id) * FROM (
           SELECT cc.customer_id, c.id, c.name, c.email, c.active, false AS invited, cc.permissions
             FROM contact_customers cc JOIN contacts c ON c.id = cc.contact_id
           UNION ALL
           SELECT i.customer_id, c.id, c.name, c.email, c.active, true, i.permissions
             FROM contact_invitations i JOIN contacts c ON c.id = i.contact_id
            WHERE i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $1
         ) people ORDER BY customer_id, id, invited`,
        [now(config)],
      ),
      db.query<{ id: number; name: string; currency: string; is_default: boolean }>('SELECT * FROM price_lists ORDER BY id'),
    ]);
    const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;
    return {
      customers: customers.map((row) => ({
        ...toAdminCustomer(row),
        contacts: contacts
          .filter((contact) => contact.customer_id === row.id)
          .sort(byName)
          .map(({ id, name, email, active, invited, permissions }) => ({ id, name, email, active, invited, permissions })),
      })),
      priceLists: priceLists.map((list) => ({ id: list.id, name: list.name, currency: list.currency, isDefault: list.is_default })),
    };
  });

  api.handle(routes.adminCreateCustomer, async ({ db, body }) => {
    await checkPriceList(db, body.priceListId);
    const [row] = await db.query<CustomerRow>(
      `INSERT INTO customers (name, currency, locale, price_list_id, credit_limit, payment_terms_days, billing_address, tax_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [body.name, body.currency, body.locale, body.priceListId, body.creditLimit, body.paymentTermsDays, body.billingAddress, body.taxId],
    );
    return toAdminCustomer(row!);
  });

  api.handle(routes.adminUpdateCustomer, async ({ db, params, body }) => {
    await checkPriceList(db, body.priceListId);
    return db.transaction(async (tx) => {
      const [current] = await tx.query<CustomerRow>('SELECT * FROM customers WHERE id = $1 FOR UPDATE', [params.id]);
      if (!current) throw notFound('This customer');
      if (body.currency && body.currency !== current.currency) {
        // Balances add up documents and payments; they must all be in the customer's one currency.
        const [used] = await tx.query(
          `SELECT 1 FROM documents WHERE customer_id = $1 UNION ALL SELECT 1 FROM payments WHERE customer_id = $1 LIMIT 1`,
          [params.id],
        );
        if (used) {
          throw new ApiError(409, 'conflict', `The customer has documents in ${current.currency}; its currency cannot change.`, {
            currency: `Has documents in ${current.currency}`,
          });
        }
      }
      const next = {
        name: body.name ?? current.name,
        currency: body.currency ?? current.currency,
        locale: body.locale ?? current.locale,
        price_list_id: body.priceListId === undefined ? current.price_list_id : body.priceListId,
        credit_limit: body.creditLimit === undefined ? current.credit_limit : body.creditLimit,
        order_limit: body.orderLimit === undefined ? current.order_limit : body.orderLimit,
        payment_terms_days: body.paymentTermsDays ?? current.payment_terms_days,
        billing_address: body.billingAddress ?? current.billing_address,
        tax_id: body.taxId ?? current.tax_id,
      };
      const [row] = await tx.query<CustomerRow>(
        `UPDATE customers SET name = $2, currency = $3, locale = $4, price_list_id = $5, credit_limit = $6,
                payment_terms_days = $7, billing_address = $8, tax_id = $9, order_limit = $10
          WHERE id = $1 RETURNING *`,
        [params.id, next.name, next.currency, next.locale, next.price_list_id, next.credit_limit, next.payment_terms_days, next.billing_address, next.tax_id, next.order_limit],
      );
      return toAdminCustomer(row!);
    });
  });
}
