import type { Database, Queryable } from '../db/database.js';
import { hashPassword } from '../auth/passwords.js';
import { seedAfterOrder } from './after-order.js';
import { seedOrderInvoices } from './order-invoices.js';
import { seedOrdering } from './ordering.js';
import { seededRandom } from './random.js';
import { seedCatalogue } from './catalogue.js';

/** The password of every demo contact. */
export const DEMO_PASSWORD = 'tradecounter';

/** Demo sign-ins, printed by `npm start` and used by the tests. */
export const demoContacts = [
  { email: 'anna@nordwerk.example', name: 'Anna Berg', customers: ['Nordwerk Distribution GmbH'] },
  { email: 'mihai@constructim.example', name: 'Mihai Popescu', customers: ['Constructim SRL', 'Atelier Tehnic SRL'] },
  { email: 'liis@balticbuild.example', name: 'Liis Tamm', customers: ['Baltic Build OÜ'] },
  { email: 'ioana@ateliertehnic.example', name: 'Ioana Marin', customers: ['Atelier Tehnic SRL'] },
] as const;

const categories: Record<string, { nouns: string[]; unit: string; vat: number }> = {
  Fasteners: { nouns: ['Hex bolt', 'Wood screw', 'Wall anchor', 'Washer set', 'Threaded rod', 'Rivet'], unit: 'box', vat: 21 },
  'Hand tools': { nouns: ['Claw hammer', 'Screwdriver set', 'Adjustable wrench', 'Utility knife', 'Plier', 'Spirit level'], unit: 'pcs', vat: 21 },
  'Power tools': { nouns: ['Cordless drill', 'Angle grinder', 'Jigsaw', 'Impact driver', 'Orbital sander', 'Rotary hammer'], unit: 'pcs', vat: 21 },
  Adhesives: { nouns: ['Construction adhesive', 'Epoxy kit', 'Silicone sealant', 'Wood glue', 'Contact cement', 'PU foam'], unit: 'pcs', vat: 21 },
  Electrical: { nouns: ['Cable reel', 'Junction box', 'Circuit breaker', 'Socket outlet', 'Cable tie pack', 'Extension lead'], unit: 'pcs', vat: 21 },
  Plumbing: { nouns: ['Ball valve', 'PEX pipe', 'Compression fitting', 'Siphon', 'Pipe clamp', 'Tap connector'], unit: 'pcs', vat: 21 },
  Safety: { nouns: ['Work gloves', 'Safety glasses', 'Ear defenders', 'Hard hat', 'Hi-vis vest', 'Dust mask pack'], unit: 'pcs', vat: 9 },
  Paints: { nouns: ['Interior emulsion', 'Metal primer', 'Wood stain', 'Floor coating', 'Masonry paint', 'Spray enamel'], unit: 'l', vat: 21 },
  Abrasives: { nouns: ['Sanding disc pack', 'Flap wheel', 'Cutting disc', 'Sanding sponge', 'Wire brush', 'Abrasive roll'], unit: 'box', vat: 21 },
  Storage: { nouns: ['Tool case', 'Parts organiser', 'Shelving unit', 'Stacking bin', 'Tool bag', 'Wall panel'], unit: 'pcs', vat: 21 },
  Lighting: { nouns: ['LED floodlight', 'Work lamp', 'Head torch', 'LED tube', 'Panel light', 'String light'], unit: 'pcs', vat: 21 },
  Cleaning: { nouns: ['Degreaser', 'Hand cleaner', 'Microfibre pack', 'Floor detergent', 'Shop towel roll', 'Glass cleaner'], unit: 'pcs', vat: 21 },
};

const qualities = ['Pro', 'Heavy-duty', 'Compact', 'Premium', 'Eco', 'Classic', 'Industrial', 'Lite'];
const sizes = ['S', 'M', 'L', 'XL', '6 mm', '8 mm', '10 mm', '250 ml', '1 l', '5 l', '18 V', '230 V'];
const tagPool = ['new', 'bestseller', 'eco', 'clearance', 'professional', 'bulk', 'made-in-eu'];

/** Inserts rows through one parameter: a JSON array read back with json_populate_recordset. */
async function insertRows(db: Queryable, table: string, rows: object[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).join(', ');
  await db.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1)`, [JSON.stringify(rows)]);
}

export async function isEmpty(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM supplier');
  return row?.n === 0;
}

/**
 * Demo data: one supplier, 312 products in 12 categories, a default and three customer price lists,
 * four customers in EUR and RON, and their contacts (one of them with two accounts).
 */
export async function seedDemo(db: Database, options: { productsPerCategory?: number } = {}) {
  const random = seededRandom(20261126);
  const perCategory = options.productsPerCategory ?? 26;
  const hashes = await Promise.all(demoContacts.map(() => hashPassword(DEMO_PASSWORD)));

  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO supplier (name, base_currency, stock_display) VALUES ('Ferrum Supply Co.', 'EUR', 'quantity')`);
    await insertRows(tx, 'exchange_rates', [
      { from_currency: 'EUR', to_currency: 'RON', rate: 4.975 },
      { from_currency: 'RON', to_currency: 'EUR', rate: 0.201 },
    ]);
    const names = Object.keys(categories);
    await insertRows(tx, 'categories', names.map((name, index) => ({ id: index + 1, name })));

    const products: object[] = [];
    const basePrices: number[] = [];
    names.forEach((categoryName, categoryIndex) => {
      const category = categories[categoryName]!;
      for (let n = 0; n < perCategory; n++) {
        const id = products.length + 1;
        const sku = `${categoryName.slice(0, 3).toUpperCase()}-${String(1000 + id)}`;
        const name = `${random.pick(qualities)} ${random.pick(category.nouns).toLowerCase()} ${random.pick(sizes)}`;
        const packed = random.chance(0.2);
        const minimum = packed ? random.pick([6, 10, 12]) : 1;
        const imageCount = random.int(1, 3);
        products.push({
          id,
          sku,
          name: name[0]!.toUpperCase() + name.slice(1),
          description: `${name} for trade use. ${categoryName} range, sold per ${category.unit}.`,
          unit: category.unit,
          category_id: categoryIndex + 1,
          tags: [...new Set([random.pick(tagPool), ...(random.chance(0.4) ? [random.pick(tagPool)] : [])])],
          images: Array.from({ length: imageCount }, (_, view) => ({ path: `/media/products/${sku}-${view}.svg`, alt: `${name}, view ${view + 1}` })),
          vat_rate: category.vat,
          min_quantity: minimum,
          order_multiple: packed ? minimum : 1,
          stock: random.chance(0.12) ? 0 : random.int(1, 400),
          allow_preorder: random.chance(0.3),
          promoted_rank: id % 61 === 0 ? id / 61 : null,
          created_at: new Date(Date.UTC(2026, 0, 1) + id * 3_600_000 * 20).toISOString(),
        });
        basePrices.push(random.int(150, 45000));
      }
    });
    await insertRows(tx, 'products', products);

    await insertRows(tx, 'price_lists', [
      { id: 1, name: 'Standard', currency: 'EUR', is_default: true },
      { id: 2, name: 'Gold distributors', currency: 'EUR', is_default: false },
      { id: 3, name: 'Romania partners', currency: 'RON', is_default: false },
      { id: 4, name: 'Project builders', currency: 'EUR', is_default: false },
    ]);
    const items: object[] = [];
    basePrices.forEach((price, index) => {
      const product_id = index + 1;
      items.push({ price_list_id: 1, product_id, price });
      items.push({ price_list_id: 2, product_id, price: Math.round(price * 0.85) });
      // Romania partners: every category but power tools, priced in RON.
      if ((products[index] as { category_id: number }).category_id !== 3) {
        items.push({ price_list_id: 3, product_id, price: Math.round(price * 0.9 * 4.975) });
      }
      // Project builders: a narrow range of consumables at a deeper discount.
      if (product_id % 3 === 0) items.push({ price_list_id: 4, product_id, price: Math.round(price * 0.8) });
    });
    await insertRows(tx, 'price_list_items', items);

    await insertRows(tx, 'customers', [
      { id: 1, name: 'Nordwerk Distribution GmbH', currency: 'EUR', locale: 'en', price_list_id: 2 },
      { id: 2, name: 'Constructim SRL', currency: 'RON', locale: 'ro', price_list_id: 3 },
      { id: 3, name: 'Baltic Build OÜ', currency: 'EUR', locale: 'en', price_list_id: null },
      { id: 4, name: 'Atelier Tehnic SRL', currency: 'RON', locale: 'ro', price_list_id: 4 },
    ]);
    const customerIds = new Map(['Nordwerk Distribution GmbH', 'Constructim SRL', 'Baltic Build OÜ', 'Atelier Tehnic SRL'].map((name, i) => [name, i + 1]));
    await insertRows(tx, 'contacts', demoContacts.map((contact, index) => ({
      id: index + 1, email: contact.email, name: contact.name, password_hash: hashes[index],
    })));
    await insertRows(tx, 'contact_customers', demoContacts.flatMap((contact, index) =>
      contact.customers.map((customer) => ({ contact_id: index + 1, customer_id: customerIds.get(customer) })),
    ));
    // Explicit ids above: move the sequences past them.
    for (const table of ['categories', 'products', 'price_lists', 'customers', 'contacts']) {
      await tx.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    await seedOrdering(tx);
    await seedCatalogue(tx);
  });
  await seedAfterOrder(db);
  await seedOrderInvoices(db);
}
