import type { AgeingBucket, Statement, StatementEntry, StatementSummary } from '../../contract/statement.js';
import { addDays } from '../clock.js';
import type { Queryable } from '../db/database.js';
import { notFound } from '../http/errors.js';

/**
 * The customer's ledger as one row per entry: invoices raise the balance; credit notes and payments
 * lower it. Proformas (a request, not a claim) and receipts (a payment's proof, the payment itself
 * is the entry) stay out. Customer id is `$1`.
 */
const ledgerEntries = `
  SELECT d.issue_date AS date, d.type AS kind, d.id AS document_id, d.number AS reference, a.number AS applies_to,
         CASE WHEN d.type = 'invoice' THEN d.gross ELSE 0 END AS debit,
         CASE WHEN d.type = 'credit_note' THEN d.gross ELSE 0 END AS credit,
         CASE WHEN d.type = 'invoice' THEN 0 ELSE 1 END AS sort, d.id AS seq
    FROM documents d LEFT JOIN documents a ON a.id = d.applies_to_document_id
   WHERE d.customer_id = $1 AND d.type IN ('invoice', 'credit_note')
  UNION ALL
  SELECT p.received_on, 'payment', NULL, p.reference, d.number, 0, p.amount, 2, p.id
    FROM payments p LEFT JOIN documents d ON d.id = p.document_id
   WHERE p.customer_id = $1`;

/**
 * What the customer owes the supplier now, in minor units of its currency: invoices less credit
 * notes and payments (negative when in credit). Ordering checks this against the credit limit.
 */
export async function unpaidBalance(db: Queryable, customerId: number): Promise<number> {
  const [row] = await db.query<{ balance: number }>(
    `SELECT COALESCE(sum(debit - credit), 0) AS balance FROM (${ledgerEntries}) entries`,
    [customerId],
  );
  return row!.balance;
}

async function customerOf(db: Queryable, customerId: number) {
  const [customer] = await db.query<{ currency: string; credit_limit: number | null }>(
    'SELECT currency, credit_limit FROM customers WHERE id = $1',
    [customerId],
  );
  if (!customer) throw notFound('This customer');
  return customer;
}

const buckets: { bucket: AgeingBucket; upTo: number }[] = [
  { bucket: 'current', upTo: 0 },
  { bucket: '1-30', upTo: 30 },
  { bucket: '31-60', upTo: 60 },
  { bucket: '61-90', upTo: 90 },
  { bucket: '90+', upTo: Infinity },
];

/** Balance, overdue amount, credit left and ageing on day `today`. */
export async function summarize(db: Queryable, customerId: number, today: string): Promise<StatementSummary> {
  const customer = await customerOf(db, customerId);
  const money = (amount: number) => ({ amount, currency: customer.currency });
  const balance = await unpaidBalance(db, customerId);
  // Still due per invoice and how many days past its due date; credit notes applied count as paid.
  const open = await db.query<{ due: number; days: number }>(
    `SELECT d.gross - COALESCE((SELECT sum(p.amount) FROM payments p WHERE p.document_id = d.id), 0)
                    - COALESCE((SELECT sum(c.gross) FROM documents c WHERE c.applies_to_document_id = d.id), 0) AS due,
            ($2::date - d.due_date) AS days
       FROM documents d
      WHERE d.customer_id = $1 AND d.type = 'invoice'`,
    [customerId, today],
  );
  const ageing = buckets.map(({ bucket }) => ({ bucket, amount: 0 }));
  for (const { due, days } of open) {
    if (due <= 0) continue;
    ageing[buckets.findIndex(({ upTo }) => days <= upTo)]!.amount += due;
  }
  const outstanding = ageing.reduce((sum, { amount }) => sum + amount, 0);
  const overdue = outstanding - ageing[0]!.amount;
  return {
    asOf: today,
    currency: customer.currency,
    openBalance: money(balance),
    overdue: money(overdue),
    unallocatedCredit: money(Math.max(0, outstanding - balance)),
    creditLimit: customer.credit_limit === null ? null : money(customer.credit_limit),
    creditRemaining: customer.credit_limit === null ? null : money(Math.max(0, customer.credit_limit - balance)),
    ageing: ageing.map(({ bucket, amount }) => ({ bucket, amount: money(amount) })),
  };
}

/** The ledger between two days (both included) with opening, running and closing balances. */
export async function statement(db: Queryable, customerId: number, range: { from?: string; to?: string }, today: string): Promise<Statement> {
  const customer = await customerOf(db, customerId);
  const money = (amount: number) => ({ amount, currency: customer.currency });
  const to = range.to ?? today;
  const from = range.from ?? addDays(to, -90);
  const [opening] = await db.query<{ balance: number }>(
    `SELECT COALESCE(sum(debit - credit), 0) AS balance FROM (${ledgerEntries}) entries WHERE date < $2::date`,
    [customerId, from],
  );
  const rows = await db.query<{
    date: string; kind: StatementEntry['kind']; document_id: number | null; reference: string; applies_to: string | null;
    debit: number; credit: number;
  }>(
    `SELECT date::text AS date, kind, document_id, reference, applies_to, debit, credit
       FROM (${ledgerEntries}) entries
      WHERE date BETWEEN $2::date AND $3::date
      ORDER BY date, sort, seq`,
    [customerId, from, to],
  );
  let balance = opening!.balance;
  const entries = rows.map((row): StatementEntry => {
    balance += row.debit - row.credit;
    return {
      date: row.date,
      kind: row.kind,
      documentId: row.document_id,
      reference: row.reference,
      appliesTo: row.applies_to,
      debit: row.debit ? money(row.debit) : null,
      credit: row.credit ? money(row.credit) : null,
      balance: money(balance),
    };
  });
  return { from, to, currency: customer.currency, openingBalance: money(opening!.balance), entries, closingBalance: money(balance) };
}
