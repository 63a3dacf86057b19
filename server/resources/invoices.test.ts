import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, adminRequest, fetchPdf, newCustomer, pdfText, type TestCustomer } from '../test/admin.js';
import { startTestApp, type TestApp } from '../test/harness.js';

// The server's clock, moved by the tests: overdue is decided from it.
let clock = new Date('2026-03-15T09:00:00Z');
let app: TestApp;
let buyer: TestCustomer;

const line = (description: string, quantity: number, unitPrice: number, vatRate = 19) => ({ description, quantity, unitPrice, vatRate });
const issue = (body: object) => admin(app, 'POST', '/v1/admin/invoices', { customerId: buyer.customerId, type: 'invoice', ...body });
const pay = (body: object) => admin(app, 'POST', '/v1/admin/payments', { customerId: buyer.customerId, ...body });

describe('invoices', () => {
  before(async () => {
    app = await startTestApp({ now: () => clock });
    buyer = await newCustomer(app, { name: 'Invoice Test GmbH' });
  });
  after(() => app.close());

  it('computes line and document totals on the server, with VAT rounded per line', async () => {
    const invoice = await issue({ issueDate: '2026-03-01', lines: [line('Hex bolts', 3, 333, 19), line('Gloves', 1, 1005, 9)] });
    // 3 × 3.33 = 9.99 net, VAT 1.90 (1.8981); 10.05 net, VAT 0.90 (0.9045).
    assert.deepEqual(invoice.lines.map((l: { net: { amount: number }; vat: { amount: number } }) => [l.net.amount, l.vat.amount]), [[999, 190], [1005, 90]]);
    assert.equal(invoice.net.amount, 2004);
    assert.equal(invoice.vat.amount, 280);
    assert.equal(invoice.amount.amount, 2284);
    assert.equal(invoice.amount.currency, 'EUR');
    assert.equal(invoice.dueDate, '2026-03-31', 'issue date plus the customer’s 30 days of payment terms');
    assert.match(invoice.number, /^INV-2026-\d{5}$/);
    assert.deepEqual(invoice.billTo, { name: 'Invoice Test GmbH', address: 'Teststraße 1\n10115 Berlin', taxId: invoice.billTo.taxId });
  });

  it('prices a product line at the customer’s own price', async () => {
    const nordwerk = await app.signIn('anna@nordwerk.example');
    const product = (await app.request('GET', '/v1/products/7', { token: nordwerk })).body;
    const invoice = await admin(app, 'POST', '/v1/admin/invoices', { customerId: 1, type: 'invoice', lines: [{ productId: 7, quantity: 2 }] });
    assert.equal(invoice.lines[0].unitPrice.amount, product.price.amount);
    assert.equal(invoice.lines[0].description, product.name);
    assert.equal(invoice.lines[0].sku, product.sku);
    assert.equal(invoice.lines[0].vatRate, product.vatRate);
    assert.equal(invoice.net.amount, product.price.amount * 2);
  });

  it('decides unpaid, partially paid, paid and overdue from payments and the server’s today', async () => {
    const unpaid = await issue({ issueDate: '2026-03-10', dueDate: '2026-04-09', lines: [line('A', 1, 10000)] });
    const partly = await issue({ issueDate: '2026-03-10', dueDate: '2026-04-09', lines: [line('B', 1, 10000)] });
    const paid = await issue({ issueDate: '2026-03-10', dueDate: '2026-04-09', lines: [line('C', 1, 10000)] });
    const late = await issue({ issueDate: '2026-01-10', dueDate: '2026-02-09', lines: [line('D', 1, 10000)] });
    await pay({ amount: 5000, invoiceId: partly.id });
    await pay({ amount: paid.amount.amount, invoiceId: paid.id });
    await pay({ amount: 100, invoiceId: late.id });

    const statusOf = async (id: number) => (await app.request('GET', `/v1/invoices/${id}`, { token: buyer.token })).body;
    assert.equal((await statusOf(unpaid.id)).status, 'unpaid');
    const partlyNow = await statusOf(partly.id);
    assert.equal(partlyNow.status, 'partially_paid');
    assert.equal(partlyNow.amountPaid.amount, 5000);
    assert.equal(partlyNow.amountDue.amount, partly.amount.amount - 5000);
    assert.equal((await statusOf(paid.id)).status, 'paid');
    assert.equal((await statusOf(late.id)).status, 'overdue', 'money still due after the due date, even when part paid');

    // A day after the due date the unpaid invoice turns overdue; the paid one stays paid.
    clock = new Date('2026-04-10T09:00:00Z');
    try {
      assert.equal((await statusOf(unpaid.id)).status, 'overdue');
      assert.equal((await statusOf(paid.id)).status, 'paid');
    } finally {
      clock = new Date('2026-03-15T09:00:00Z');
    }
  });

  it('lists newest first, filters by type and status, and totals paid and unpaid over the filter', async () => {
    const other = await newCustomer(app, { name: 'Totals Test SRL', currency: 'RON' });
    const make = (body: object) => admin(app, 'POST', '/v1/admin/invoices', { customerId: other.customerId, type: 'invoice', ...body });
    const first = await make({ issueDate: '2026-02-01', dueDate: '2026-02-15', lines: [line('Old', 1, 20000, 0)] });
    const second = await make({ issueDate: '2026-03-01', dueDate: '2026-03-31', lines: [line('New', 1, 30000, 0)] });
    const proforma = await make({ type: 'proforma', issueDate: '2026-03-05', dueDate: '2026-03-20', lines: [line('Advance', 1, 5000, 0)] });
    await make({ type: 'credit_note', issueDate: '2026-03-06', lines: [line('Refund', 1, 1000, 0)] });
    await admin(app, 'POST', '/v1/admin/payments', { customerId: other.customerId, amount: 12000, invoiceId: second.id });

    const all = (await app.request('GET', '/v1/invoices', { token: other.token })).body;
    assert.deepEqual(all.items.map((item: { type: string }) => item.type), ['credit_note', 'proforma', 'invoice', 'invoice']);
    assert.equal(all.total, 4);
    // Invoices and proformas only: 20000 + 30000 + 5000 due, 12000 of it paid.
    assert.deepEqual(all.totals, { paid: { amount: 12000, currency: 'RON' }, unpaid: { amount: 43000, currency: 'RON' } });

    const overdue = (await app.request('GET', '/v1/invoices?status=overdue', { token: other.token })).body;
    assert.deepEqual(overdue.items.map((item: { id: number }) => item.id), [first.id]);
    assert.deepEqual(overdue.totals.unpaid, { amount: 20000, currency: 'RON' });

    const proformas = (await app.request('GET', '/v1/invoices?type=proforma', { token: other.token })).body;
    assert.deepEqual(proformas.items.map((item: { id: number }) => item.id), [proforma.id]);
    assert.equal(proformas.totals.unpaid.amount, 5000);

    const paged = (await app.request('GET', '/v1/invoices?pageSize=1&page=2', { token: other.token })).body;
    assert.equal(paged.items.length, 1);
    assert.equal(paged.items[0].type, 'proforma');
    assert.equal(paged.totals.unpaid.amount, 43000, 'totals cover every page');

    const bad = await app.request('GET', '/v1/invoices?status=lost&type=bill', { token: other.token });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.error.fields.status && bad.body.error.fields.type);
  });

  it('answers 404 for another customer’s document and its PDF, and for an unknown id', async () => {
    const mine = await issue({ lines: [line('Mine', 1, 1000)] });
    const stranger = await app.signIn('liis@balticbuild.example');
    for (const path of [`/v1/invoices/${mine.id}`, '/v1/invoices/999999']) {
      const reply = await app.request('GET', path, { token: stranger });
      assert.equal(reply.status, 404, path);
      assert.equal(reply.body.error.code, 'not_found');
    }
    assert.equal((await fetchPdf(app, mine.id, stranger)).status, 404);
    assert.equal((await fetchPdf(app, 999999, stranger)).status, 404);
    assert.equal((await fetchPdf(app, mine.id)).status, 401);
    const list = (await app.request('GET', '/v1/invoices?pageSize=100', { token: stranger })).body;
    assert.ok(!list.items.some((item: { id: number }) => item.id === mine.id));
  });

  it('serves a PDF that reads back with the number, the lines and the totals', async () => {
    const invoice = await issue({
      issueDate: '2026-03-02',
      orderNumber: 'SO-7781',
      lines: [line('Cordless drill 18 V', 2, 12950, 19), line('Șurub autoforant țeavă', 40, 35, 19)],
    });
    await pay({ amount: 10000, invoiceId: invoice.id });
    const pdf = await fetchPdf(app, invoice.id, buyer.token);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    assert.equal(new TextDecoder().decode(pdf.bytes.slice(0, 5)), '%PDF-');
    const text = await pdfText(pdf.bytes);
    assert.match(text, new RegExp(`Invoice ${invoice.number}`));
    assert.match(text, /Ferrum Supply Co\./);
    assert.match(text, /Invoice Test GmbH/);
    assert.match(text, /SO-7781/);
    assert.match(text, /Cordless drill 18 V/);
    assert.match(text, /Șurub autoforant țeavă/, 'Romanian letters survive the font');
    // 2 × €129.50 + 40 × €0.35 = €273.00 net; VAT €49.21 + €2.66 = €51.87; total €324.87; €100 paid.
    for (const figure of ['€259.00', '€14.00', '€273.00', '€51.87', '€324.87', '€100.00', '€224.87']) {
      assert.ok(text.includes(figure), `${figure} in: ${text}`);
    }
  });

  it('prints a Romanian customer’s PDF in Romanian, with lei', async () => {
    const token = await app.signIn('ioana@ateliertehnic.example');
    const list = (await app.request('GET', '/v1/invoices?type=invoice&pageSize=1', { token })).body;
    const document = (await app.request('GET', `/v1/invoices/${list.items[0].id}`, { token })).body;
    const text = await pdfText((await fetchPdf(app, document.id, token)).bytes);
    assert.match(text, new RegExp(`Factură ${document.number}`));
    assert.match(text, /Rest de plată/);
    assert.match(text, /RON/);
    for (const item of document.lines) assert.ok(text.includes(item.description), item.description);
  });

  it('refuses a contact without the invoices permission with 403', async () => {
    const limited = await newCustomer(app, { permissions: ['catalogue', 'statement'] });
    const reply = await app.request('GET', '/v1/invoices', { token: limited.token });
    assert.equal(reply.status, 403);
    assert.equal(reply.body.error.code, 'forbidden');
    assert.equal((await fetchPdf(app, 1, limited.token)).status, 403);
  });

  it('sets a credit note against an invoice, and refuses one larger than what is due', async () => {
    const invoice = await issue({ lines: [line('Returned', 2, 5000, 0)] });
    const credit = await issue({ type: 'credit_note', appliesToInvoiceId: invoice.id, lines: [line('Returned', 1, 5000, 0)] });
    assert.equal(credit.status, 'paid');
    assert.equal(credit.dueDate, credit.issueDate);
    assert.deepEqual(credit.appliesTo, { id: invoice.id, number: invoice.number });
    const after = (await app.request('GET', `/v1/invoices/${invoice.id}`, { token: buyer.token })).body;
    assert.equal(after.amountPaid.amount, 5000);
    assert.equal(after.status, 'partially_paid');

    const tooBig = await adminRequest(app, 'POST', '/v1/admin/invoices', {
      customerId: buyer.customerId, type: 'credit_note', appliesToInvoiceId: invoice.id, lines: [line('Too much', 2, 5000, 0)],
    });
    assert.equal(tooBig.status, 400);
    assert.ok(tooBig.body.error.fields.appliesToInvoiceId);
    const notCredit = await adminRequest(app, 'POST', '/v1/admin/invoices', {
      customerId: buyer.customerId, type: 'invoice', appliesToInvoiceId: invoice.id, lines: [line('X', 1, 1)],
    });
    assert.equal(notCredit.status, 400);
  });

  it('refuses payments beyond what is due, on another customer’s invoice, or of nothing', async () => {
    const invoice = await issue({ lines: [line('Small', 1, 1000, 0)] });
    const over = await adminRequest(app, 'POST', '/v1/admin/payments', { customerId: buyer.customerId, amount: 1001, invoiceId: invoice.id });
    assert.equal(over.status, 400);
    assert.ok(over.body.error.fields.amount);
    const elsewhere = await adminRequest(app, 'POST', '/v1/admin/payments', { customerId: 1, amount: 100, invoiceId: invoice.id });
    assert.equal(elsewhere.status, 400);
    assert.ok(elsewhere.body.error.fields.invoiceId);
    const zero = await adminRequest(app, 'POST', '/v1/admin/payments', { customerId: buyer.customerId, amount: 0 });
    assert.equal(zero.status, 400);
    const onAccount = await admin(app, 'POST', '/v1/admin/payments', { customerId: buyer.customerId, amount: 2500, reference: 'Advance' });
    assert.equal(onAccount.invoiceId, null);
    assert.deepEqual(onAccount.amount, { amount: 2500, currency: 'EUR' });
  });

  it('checks document input: lines, products, numbers and dates', async () => {
    const noLines = await adminRequest(app, 'POST', '/v1/admin/invoices', { customerId: buyer.customerId, type: 'invoice', lines: [] });
    assert.equal(noLines.status, 400);
    assert.ok(noLines.body.error.fields.lines);
    const unknownProduct = await adminRequest(app, 'POST', '/v1/admin/invoices', {
      customerId: buyer.customerId, type: 'invoice', lines: [{ productId: 99999, quantity: 1 }],
    });
    assert.equal(unknownProduct.status, 400);
    assert.ok(unknownProduct.body.error.fields['lines.0.productId']);
    const vague = await adminRequest(app, 'POST', '/v1/admin/invoices', {
      customerId: buyer.customerId, type: 'invoice', lines: [{ description: 'No price', quantity: 1 }],
    });
    assert.equal(vague.status, 400);
    const backwards = await adminRequest(app, 'POST', '/v1/admin/invoices', {
      customerId: buyer.customerId, type: 'invoice', issueDate: '2026-03-10', dueDate: '2026-03-01', lines: [line('X', 1, 1)],
    });
    assert.equal(backwards.status, 400);
    assert.ok(backwards.body.error.fields.dueDate);
    const noCustomer = await adminRequest(app, 'POST', '/v1/admin/invoices', { customerId: 99999, type: 'invoice', lines: [line('X', 1, 1)] });
    assert.equal(noCustomer.status, 404);

    const numbered = await issue({ number: 'ERP-000123', lines: [line('X', 1, 1)] });
    assert.equal(numbered.number, 'ERP-000123');
    const again = await adminRequest(app, 'POST', '/v1/admin/invoices', {
      customerId: buyer.customerId, type: 'invoice', number: 'ERP-000123', lines: [line('X', 1, 1)],
    });
    assert.equal(again.status, 409);
  });
});
