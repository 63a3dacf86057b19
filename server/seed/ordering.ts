import { openStatuses, type OrderStatus } from '../../contract/orders.js';
import type { Queryable } from '../db/database.js';
import { pricedCte } from '../resources/pricing.js';
import { vatOf } from '../resources/quantity-rules.js';
import { seededRandom } from './random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const pickup = {
  name: 'Ferrum Supply Co. trade counter', line1: 'Industriestraße 12', line2: 'Gate 3', postal_code: '28197', city: 'Bremen',
  country: 'DE', opening_hours: 'Mon–Fri 07:00–17:00, Sat 08:00–12:00',
};

const addresses = [
  { customer_id: 1, label: 'Main warehouse', recipient: 'Nordwerk Distribution GmbH', line1: 'Hafenstraße 41', line2: 'Tor 2', postal_code: '20457', city: 'Hamburg', region: null, country: 'DE', phone: '+49 40 555 0101', is_default: true },
  { customer_id: 1, label: 'Berlin branch', recipient: 'Nordwerk Distribution GmbH – Filiale Berlin', line1: 'Lehrter Straße 8', line2: null, postal_code: '10557', city: 'Berlin', region: null, country: 'DE', phone: null, is_default: false },
  { customer_id: 2, label: 'Depozit București', recipient: 'Constructim SRL', line1: 'Șoseaua Berceni 104', line2: 'Hala C', postal_code: '041915', city: 'București', region: 'Sector 4', country: 'RO', phone: '+40 21 555 0142', is_default: true },
  { customer_id: 2, label: 'Șantier Cluj', recipient: 'Constructim SRL – Șantier Cluj', line1: 'Strada Fabricii 23', line2: null, postal_code: '400632', city: 'Cluj-Napoca', region: 'Cluj', country: 'RO', phone: '+40 264 555 077', is_default: false },
  { customer_id: 3, label: 'Tallinn warehouse', recipient: 'Baltic Build OÜ', line1: 'Peterburi tee 46', line2: null, postal_code: '11415', city: 'Tallinn', region: 'Harju maakond', country: 'EE', phone: '+372 555 0199', is_default: true },
  { customer_id: 4, label: 'Atelier Iași', recipient: 'Atelier Tehnic SRL', line1: 'Strada Păcurari 138', line2: null, postal_code: '700545', city: 'Iași', region: 'Iași', country: 'RO', phone: '+40 232 555 010', is_default: true },
  { customer_id: 4, label: 'Depozit Timișoara', recipient: 'Atelier Tehnic SRL', line1: 'Calea Șagului 201', line2: 'Poarta 1', postal_code: '300517', city: 'Timișoara', region: 'Timiș', country: 'RO', phone: null, is_default: false },
];

/** Each customer's past orders: how long ago, the status reached, and the way there. */
const histories: { daysAgo: number; path: OrderStatus[]; shipped?: boolean; estimate?: number }[] = [
  { daysAgo: 64, path: ['placed', 'confirmed', 'shipped', 'delivered'], shipped: true },
  { daysAgo: 41, path: ['placed', 'confirmed', 'shipped', 'delivered', 'partially_returned'], shipped: true },
  { daysAgo: 27, path: ['placed', 'cancelled'] },
  { daysAgo: 12, path: ['placed', 'pending_payment', 'paid', 'confirmed', 'shipped'], shipped: true },
  { daysAgo: 5, path: ['placed', 'confirmed', 'in_production'], estimate: 6 },
  { daysAgo: 1, path: ['placed', 'confirmed'], estimate: 3 },
  { daysAgo: 0.1, path: ['placed'] },
];

const notes: Partial<Record<OrderStatus, string>> = {
  confirmed: 'Confirmed by the supplier.',
  partially_returned: 'Two boxes returned damaged.',
  cancelled: 'Cancelled by the buyer.',
};

const carriers = ['DHL', 'DPD', 'GLS', 'Fan Courier', 'Cargus'];

/**
 * Ordering demo data: the supplier's pickup location and order e-mail, addresses for every demo
 * customer, an order limit on Baltic Build OÜ, and a history of orders in varied statuses (with
 * shipments and tracking) for each customer, dated relative to now.
 */
export async function seedOrdering(db: Queryable, now = new Date()) {
  const random = seededRandom(4242);
  await db.query(`UPDATE supplier SET order_email = 'orders@ferrum.example', order_expiry_hours = 48`);
  await db.query(
    `INSERT INTO pickup_location (name, line1, line2, postal_code, city, country, opening_hours) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    Object.values(pickup),
  );
  await db.query(
    `INSERT INTO addresses (customer_id, label, recipient, line1, line2, postal_code, city, region, country, phone, is_default)
     SELECT customer_id, label, recipient, line1, line2, postal_code, city, region, country, phone, is_default
       FROM json_populate_recordset(NULL::addresses, $1)`,
    [JSON.stringify(addresses)],
  );

  const customers = await db.query<{ id: number; contact_id: number }>(
    `SELECT cu.id, min(cc.contact_id) AS contact_id FROM customers cu JOIN contact_customers cc ON cc.customer_id = cu.id GROUP BY cu.id ORDER BY cu.id`,
  );
  for (const customer of customers) {
    const products = await db.query<{ id: number; sku: string; name: string; unit: string; price: number; currency: string; vat_rate: number; min_quantity: number; order_multiple: number }>(
      `WITH ${pricedCte}
       SELECT p.id, p.sku, p.name, p.unit, priced.price, priced.currency, p.vat_rate, p.min_quantity, p.order_multiple
         FROM priced JOIN products p ON p.id = priced.product_id AND p.active ORDER BY p.id`,
      [customer.id],
    );
    if (products.length === 0) continue;
    const [address] = await db.query<Record<string, unknown>>(
      `SELECT recipient, line1, line2, postal_code AS "postalCode", city, region, country, phone FROM addresses WHERE customer_id = $1 AND is_default`,
      [customer.id],
    );
    for (const history of histories) {
      const placedAt = new Date(now.getTime() - history.daysAgo * DAY);
      const lines = Array.from({ length: random.int(1, 4) }, () => random.pick(products));
      const unique = [...new Map(lines.map((product) => [product.id, product])).values()];
      let net = 0;
      let vat = 0;
      const rows = unique.map((product, index) => {
        const quantity = product.min_quantity * random.int(1, 5);
        const lineNet = product.price * quantity;
        net += lineNet;
        vat += vatOf(lineNet, product.vat_rate);
        return { product, quantity, lineNet, position: index + 1 };
      });
      const status = history.path[history.path.length - 1]!;
      const delivery = history.daysAgo === 27 ? { kind: 'pickup', location: { ...pickupDto } } : { kind: 'address', address };
      const [order] = await db.query<{ id: number }>(
        `INSERT INTO orders (customer_id, contact_id, status, currency, net, vat, gross, note, po_number, delivery, estimated_ship_date, placed_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
        [
          customer.id, customer.contact_id, status, products[0]!.currency, net, vat, net + vat,
          history.daysAgo === 5 ? 'Please deliver before 10:00.' : '',
          random.chance(0.6) ? `PO-${2026}-${random.int(100, 999)}` : null,
          JSON.stringify(delivery),
          history.estimate ? new Date(now.getTime() + history.estimate * DAY).toISOString().slice(0, 10) : null,
          placedAt,
        ],
      );
      for (const row of rows) {
        await db.query(
          `INSERT INTO order_lines (order_id, position, product_id, sku, name, unit, quantity, unit_price, line_total, vat_rate)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [order!.id, row.position, row.product.id, row.product.sku, row.product.name, row.product.unit, row.quantity, row.product.price, row.lineNet, row.product.vat_rate],
        );
      }
      let at = placedAt.getTime();
      for (const [step, reached] of history.path.entries()) {
        at = step === 0 ? at : Math.min(at + random.int(2, 30) * HOUR, now.getTime() - 60_000);
        await db.query(
          `INSERT INTO order_status_history (order_id, status, note, actor, changed_at) VALUES ($1, $2, $3, $4, $5)`,
          [order!.id, reached, notes[reached] ?? null, step === 0 || reached === 'cancelled' ? 'buyer' : 'supplier', new Date(at)],
        );
        if (reached === 'shipped' && history.shipped) {
          const carrier = random.pick(carriers);
          const number = `${carrier.slice(0, 2).toUpperCase()}${random.int(100000000, 999999999)}`;
          await db.query(
            `INSERT INTO shipments (order_id, carrier, tracking_number, tracking_url, shipped_at) VALUES ($1, $2, $3, $4, $5)`,
            [order!.id, carrier, number, `https://tracking.example/${encodeURIComponent(carrier.toLowerCase())}/${number}`, new Date(at)],
          );
        }
      }
    }
  }
  // Baltic Build gets an order limit that leaves about EUR 3,000 above its open orders.
  await db.query(
    `UPDATE customers SET order_limit = ceil((
       SELECT COALESCE(sum(gross), 0) + 300000 FROM orders WHERE customer_id = 3 AND status = ANY($1::text[])) / 100000.0) * 100000
      WHERE id = 3`,
    [openStatuses],
  );
}

const pickupDto = {
  name: pickup.name, line1: pickup.line1, line2: pickup.line2, postalCode: pickup.postal_code, city: pickup.city,
  country: pickup.country, openingHours: pickup.opening_hours,
};
