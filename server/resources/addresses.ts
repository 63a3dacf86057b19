import type { Address, PickupLocation } from '../../contract/addresses.js';
import { routes } from '../../contract/routes.js';
import type { Queryable } from '../db/database.js';
import type { Api } from '../http/api.js';

const addressColumns = `id, label, recipient, line1, line2, postal_code AS "postalCode", city, region, country, phone,
  is_default AS "isDefault"`;

export async function listAddresses(db: Queryable, customerId: number): Promise<Address[]> {
  return db.query<Address>(
    `SELECT ${addressColumns} FROM addresses WHERE customer_id = $1 ORDER BY is_default DESC, label, id`,
    [customerId],
  );
}

/** One of the customer's addresses; undefined for someone else's or an unknown id. */
export async function findAddress(db: Queryable, customerId: number, addressId: number): Promise<Address | undefined> {
  const [row] = await db.query<Address>(`SELECT ${addressColumns} FROM addresses WHERE customer_id = $1 AND id = $2`, [
    customerId,
    addressId,
  ]);
  return row;
}

export async function pickupLocation(db: Queryable): Promise<PickupLocation | null> {
  const [row] = await db.query<PickupLocation>(
    `SELECT name, line1, line2, postal_code AS "postalCode", city, country, opening_hours AS "openingHours"
       FROM pickup_location WHERE id = 1`,
  );
  return row ?? null;
}

export function mountAddresses(api: Api) {
  api.handle(routes.listAddresses, async ({ db, caller }) => ({
    items: await listAddresses(db, caller.customerId),
    pickup: await pickupLocation(db),
  }));
}
