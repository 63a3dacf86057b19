import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, newCustomer, type TestCustomer } from '../test/admin.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { unpaidBalance } from './statement.js';

// Today, for the server, is 2026-06-30 unless a test moves it.
let clock = new Date('2026-06-30T12:00:00Z');
let app: TestApp;
let buyer: TestCustomer;
const ids: Record<string, number> = {};

const euros = (amount: number) => ({ amount, currency: 'EUR' });
const invoice = async (name: string, issueDate: string, dueDate: string, amount: number) => {
  const body = { customerId: buyer.customerId, type: 'invoice', issueDate, dueDate, lines: [{ description: name, quantity: 1, unitPrice: amount, vatRate: 0 }] };
  ids[name] = (await admin(app, 'POST', '/v1/admin/invoices', body)).id;
};

describe('account statement', () => {
  before(async () => {
    app = await startTestApp({ now: () => clock });
    buyer = await newCustomer(app, { name: 'Ledger Test GmbH', creditLimit: 500_000 });
    // One invoice in each ageing bucket on 2026-06-30, with the bucket edges exercised.
    await invoice('current', '2026-06-20', '2026-06-30', 10_000); // due today: not overdue
    await invoice('one-day', '2026-05-31', '2026-06-29', 20_000); // 1 day
    await invoice('thirty', '2026-05-01', '2026-05-31', 30_000); // 30 days
    await invoice('thirty-one', '2026-04-30', '2026-05-30', 40_000); // 31 days
    await invoice('ninety', '2026-03-02', '2026-04-01', 50_000); // 90 days
    await invoice('ninety-one', '2026-03-01', '2026-03-31', 60_000); // 91 days
    // Part of "ninety" paid, a credit note against "thirty", money on account, and a proforma that stays out.
    await admin(app, 'POST', '/v1/admin/payments', { customerId: buyer.customerId, amount: 15_000, invoiceId: ids.ninety, receivedOn: '2026-05-15', reference: 'BANK-1' });
    await admin(app, 'POST', '/v1/admin/invoices', {
      customerId: buyer.customerId, type: 'credit_note', issueDate: '2026-06-10', appliesToInvoiceId: ids.thirty,
      lines: [{ description: 'Return', quantity: 1, unitPrice: 5_000, vatRate: 0 }],
    });
    await admin(app, 'POST', '/v1/admin/payments', { customerId: buyer.customerId, amount: 7_000, receivedOn: '2026-06-20', reference: 'ON-ACCOUNT' });
    await admin(app, 'POST', '/v1/admin/invoices', {
      customerId: buyer.customerId, type: 'proforma', issueDate: '2026-06-28', lines: [{ description: 'Advance', quantity: 1, unitPrice: 99_000, vatRate: 0 }],
    });
  });
  after(() => app.close());

  it('ages what is due into current, 1–30, 31–60, 61–90 and 90+ days from the server’s today', async () => {
    const summary = (await app.request('GET', '/v1/statement/summary', { token: buyer.token })).body;
    assert.equal(summary.asOf, '2026-06-30');
    assert.deepEqual(summary.ageing, [
      { bucket: 'current', amount: euros(10_000 + 0) },
      { bucket: '1-30', amount: euros(20_000 + 25_000) },
      { bucket: '31-60', amount: euros(40_000) },
      { bucket: '61-90', amount: euros(35_000) },
      { bucket: '90+', amount: euros(60_000) },
    ]);
    // Invoices 210 000, less payments 22 000 and the credit note 5 000.
    assert.deepEqual(summary.openBalance, euros(183_000));
    assert.deepEqual(summary.overdue, euros(180_000));
    assert.deepEqual(summary.unallocatedCredit, euros(7_000));
    assert.deepEqual(summary.creditLimit, euros(500_000));
    assert.deepEqual(summary.creditRemaining, euros(317_000));
    assert.equal(await unpaidBalance(app.db, buyer.customerId), 183_000);
  });

  it('moves invoices between buckets as the days pass, and ignores a “today” sent by the client', async () => {
    clock = new Date('2026-07-01T08:00:00Z');
    try {
      const summary = (await app.request('GET', '/v1/statement/summary?today=2026-01-01&asOf=2026-01-01', { token: buyer.token })).body;
      assert.equal(summary.asOf, '2026-07-01');
      const bucket = (name: string) => summary.ageing.find((row: { bucket: string }) => row.bucket === name).amount.amount;
      assert.equal(bucket('current'), 0, 'the invoice due yesterday is now 1 day overdue');
      assert.equal(bucket('1-30'), 10_000 + 20_000);
      assert.equal(bucket('31-60'), 25_000 + 40_000);
      assert.equal(bucket('90+'), 35_000 + 60_000);
    } finally {
      clock = new Date('2026-06-30T12:00:00Z');
    }
  });

  it('lists the ledger for a range with opening, running and closing balances', async () => {
    const statement = (await app.request('GET', '/v1/statement?from=2026-05-01&to=2026-06-20', { token: buyer.token })).body;
    assert.equal(statement.from, '2026-05-01');
    assert.equal(statement.to, '2026-06-20');
    // Before May: "ninety-one", "ninety" and "thirty-one".
    assert.deepEqual(statement.openingBalance, euros(150_000));
    const rows = statement.entries.map((entry: { date: string; kind: string; reference: string; debit: { amount: number } | null; credit: { amount: number } | null; balance: { amount: number }; appliesTo: string | null }) =>
      [entry.date, entry.kind, entry.debit?.amount ?? 0, entry.credit?.amount ?? 0, entry.balance.amount]);
    assert.deepEqual(rows, [
      ['2026-05-01', 'invoice', 30_000, 0, 180_000],
      ['2026-05-15', 'payment', 0, 15_000, 165_000],
      ['2026-05-31', 'invoice', 20_000, 0, 185_000],
      ['2026-06-10', 'credit_note', 0, 5_000, 180_000],
      ['2026-06-20', 'invoice', 10_000, 0, 190_000],
      ['2026-06-20', 'payment', 0, 7_000, 183_000],
    ]);
    assert.deepEqual(statement.closingBalance, euros(183_000));
    const payment = statement.entries[1];
    assert.equal(payment.reference, 'BANK-1');
    const ninetyNumber = (await app.request('GET', `/v1/invoices/${ids.ninety}`, { token: buyer.token })).body.number;
    assert.equal(payment.appliesTo, ninetyNumber);
    assert.equal(statement.entries[3].documentId !== null, true);
  });

  it('defaults to the 90 days up to today, and refuses a range that ends before it starts', async () => {
    const statement = (await app.request('GET', '/v1/statement', { token: buyer.token })).body;
    assert.equal(statement.to, '2026-06-30');
    assert.equal(statement.from, '2026-04-01');
    const backwards = await app.request('GET', '/v1/statement?from=2026-06-01&to=2026-05-01', { token: buyer.token });
    assert.equal(backwards.status, 400);
    assert.ok(backwards.body.error.fields.from);
    const malformed = await app.request('GET', '/v1/statement?from=yesterday', { token: buyer.token });
    assert.equal(malformed.status, 400);
  });

  it('shows each customer only its own account', async () => {
    const stranger = await app.signIn('liis@balticbuild.example');
    const theirs = (await app.request('GET', '/v1/statement?from=2026-01-01&to=2026-12-31', { token: stranger })).body;
    assert.ok(!theirs.entries.some((entry: { documentId: number | null }) => Object.values(ids).includes(entry.documentId!)));
    const summary = (await app.request('GET', '/v1/statement/summary', { token: stranger })).body;
    assert.equal(summary.creditLimit, null, 'Baltic Build has no credit limit');
    assert.equal(summary.creditRemaining, null);
    assert.equal(summary.openBalance.amount, await unpaidBalance(app.db, 3));
  });

  it('gives a customer with nothing yet a zero balance, and remains at zero credit when over the limit', async () => {
    const fresh = await newCustomer(app, { creditLimit: 1_000 });
    const empty = (await app.request('GET', '/v1/statement/summary', { token: fresh.token })).body;
    assert.deepEqual(empty.openBalance, euros(0));
    assert.deepEqual(empty.creditRemaining, euros(1_000));
    await admin(app, 'POST', '/v1/admin/invoices', {
      customerId: fresh.customerId, type: 'invoice', lines: [{ description: 'Big', quantity: 1, unitPrice: 5_000, vatRate: 0 }],
    });
    const over = (await app.request('GET', '/v1/statement/summary', { token: fresh.token })).body;
    assert.deepEqual(over.creditRemaining, euros(0));
  });

  it('refuses a contact without the statement permission with 403', async () => {
    const limited = await newCustomer(app, { permissions: ['invoices'] });
    for (const path of ['/v1/statement', '/v1/statement/summary']) {
      const reply = await app.request('GET', path, { token: limited.token });
      assert.equal(reply.status, 403, path);
    }
    assert.equal((await app.request('GET', '/v1/statement')).status, 401);
  });
});
