import { addDays } from '../clock.js';
import type { Database, Queryable } from '../db/database.js';
import { getDocument, issueDocument } from '../finance/documents.js';
import { recordPayment } from '../finance/payments.js';
import { pricedCte } from '../resources/pricing.js';
import { sanitizeRichText, toRichText } from '../text/rich-text.js';
import { seededRandom } from './random.js';

const billing: Record<number, { address: string; taxId: string; creditLimit: number | null }> = {
  1: { address: 'Hafenstraße 41\n20457 Hamburg\nGermany', taxId: 'DE298765431', creditLimit: 2_500_000 },
  2: { address: 'Str. Fabricii 17\n400620 Cluj-Napoca\nRomania', taxId: 'RO31458962', creditLimit: 15_000_000 },
  3: { address: 'Peterburi tee 46\n11415 Tallinn\nEstonia', taxId: 'EE102345678', creditLimit: null },
  4: { address: 'Bd. Iuliu Maniu 7\n061072 București\nRomania', taxId: 'RO40881236', creditLimit: 4_000_000 },
};

/**
 * Invoices across every ageing bucket (paid, part-paid, overdue), a proforma, a credit note, a
 * receipt and payments for each demo customer, dated from today; credit limits on three of them;
 * and three announcements: one for everyone, one for the Romanian customers, one scheduled.
 */
export async function seedAfterOrder(db: Database, now = new Date()) {
  const today = now.toISOString().slice(0, 10);
  const random = seededRandom(4242);
  await db.transaction(async (tx) => {
    await tx.query(
      `UPDATE supplier SET address = $1, tax_id = $2, bank_account = $3`,
      ['Industriestraße 12\n10115 Berlin\nGermany', 'DE812345678', 'DE89 3704 0044 0532 0130 00'],
    );
    for (const [id, details] of Object.entries(billing)) {
      await tx.query('UPDATE customers SET billing_address = $2, tax_id = $3, credit_limit = $4 WHERE id = $1', [
        Number(id), details.address, details.taxId, details.creditLimit,
      ]);
    }
    for (const customerId of [1, 2, 3, 4]) await seedCustomer(tx, customerId, today, random);
    await seedAnnouncements(tx, now);
  });
}

async function seedCustomer(tx: Queryable, customerId: number, today: string, random: ReturnType<typeof seededRandom>) {
  const products = (
    await tx.query<{ product_id: number }>(`WITH ${pricedCte} SELECT product_id FROM priced ORDER BY product_id LIMIT 60`, [customerId])
  ).map((row) => row.product_id);
  const lines = () =>
    Array.from({ length: random.int(2, 4) }, () => ({ productId: random.pick(products), quantity: random.int(1, 8) }));
  const day = (offset: number) => addDays(today, offset);
  const issue = async (type: 'invoice' | 'proforma' | 'receipt' | 'credit_note', issuedDaysAgo: number, extra: object = {}) => {
    const id = await issueDocument(
      tx,
      { customerId, type, issueDate: day(-issuedDaysAgo), notes: '', lines: lines(), ...extra },
      today,
    );
    return getDocument(tx, customerId, id, today);
  };
  // Bank references as a statement shows them.
  const bankReference = () => `BT-${random.int(100000, 999999)}`;
  const pay = (amount: number, daysAgo: number, invoiceId?: number, reference = bankReference()) =>
    recordPayment(tx, { customerId, amount, receivedOn: day(-daysAgo), method: 'bank_transfer', reference, invoiceId }, today);

  // Paid in full, long ago.
  const settled = await issue('invoice', 200, { orderNumber: `SO-${customerId}0117` });
  await pay(settled.amount.amount, 185, settled.id);
  // More than 90 days overdue (not for the customer with the spotless record).
  if (customerId !== 3) await issue('invoice', 150);
  // 61–90 days overdue, part paid.
  const partPaidOld = await issue('invoice', 100);
  await pay(Math.round(partPaidOld.amount.amount * 0.4), 60, partPaidOld.id);
  // 31–60 days overdue; some goods came back, credited against it.
  const returned = await issue('invoice', 75, { orderNumber: `SO-${customerId}0342` });
  const firstLine = returned.lines[0]!;
  await issueDocument(
    tx,
    {
      customerId, type: 'credit_note', issueDate: day(-50), notes: 'Goods returned damaged.', appliesToInvoiceId: returned.id,
      lines: [{ sku: firstLine.sku ?? undefined, description: firstLine.description, quantity: 1, unit: firstLine.unit, unitPrice: firstLine.unitPrice.amount, vatRate: firstLine.vatRate }],
    },
    today,
  );
  // 1–30 days overdue.
  await issue('invoice', 40);
  // Not yet due, part paid; and one just issued.
  const recent = await issue('invoice', 20, { orderNumber: `SO-${customerId}0518` });
  await pay(Math.round(recent.amount.amount * 0.5), 8, recent.id);
  await issue('invoice', 4, { orderNumber: `SO-${customerId}0561` });
  // A proforma for an advance payment, and money received on account.
  await issue('proforma', 3, { dueDate: day(4) });
  await pay(random.int(200, 900) * 100, 12);
  // Goods bought at the counter and paid in cash: the invoice, its payment, and the receipt for it.
  const counter = await issue('invoice', 30, { dueDate: day(-30) });
  const cash = await recordPayment(
    tx,
    { customerId, amount: counter.amount.amount, receivedOn: counter.issueDate, method: 'cash', reference: `CASH-${counter.number.slice(-5)}`, invoiceId: counter.id },
    today,
  );
  await issueDocument(
    tx,
    {
      customerId, type: 'receipt', issueDate: cash.receivedOn, notes: `Cash received for invoice ${counter.number}.`,
      lines: counter.lines.map((line) => ({
        sku: line.sku ?? undefined, description: line.description, quantity: line.quantity, unit: line.unit,
        unitPrice: line.unitPrice.amount, vatRate: line.vatRate,
      })),
    },
    today,
  );
}

async function seedAnnouncements(tx: Queryable, now: Date) {
  const post = async (kind: string, title: string, html: string, audience: number[] | 'all', startsAt: Date | null = null, endsAt: Date | null = null) => {
    const body = sanitizeRichText(html);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO announcements (kind, title, body_html, body, starts_at, ends_at, audience, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [kind, title, body, JSON.stringify(toRichText(body)), startsAt, endsAt, audience === 'all' ? 'all' : 'customers', now],
    );
    if (audience !== 'all') {
      await tx.query('INSERT INTO announcement_customers (announcement_id, customer_id) SELECT $1, unnest($2::int[])', [row!.id, audience]);
    }
  };
  const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
  await post(
    'news',
    'New season range is in stock',
    '<p>Over <strong>40 new products</strong> arrived this week: cordless tools, LED site lighting and eco adhesives.</p>' +
      '<ul><li>Same-day dispatch for orders placed before 14:00</li><li>Prices already include your agreed discount</li></ul>',
    'all',
  );
  await post(
    'promotion',
    'Transport gratuit în România',
    '<p>Până la sfârșitul lunii, livrarea este <strong>gratuită</strong> pentru comenzile de peste 2.000 lei.</p>' +
      '<p>Detalii: <a href="mailto:comenzi@ferrum.example">comenzi@ferrum.example</a></p>',
    [2, 4],
    null,
    inDays(30),
  );
  await post(
    'news',
    'Warehouse closed for stock-taking',
    '<p>Our warehouse is closed for the yearly stock-taking. Orders placed on these days ship the next working day.</p>',
    'all',
    inDays(14),
    inDays(16),
  );
}
