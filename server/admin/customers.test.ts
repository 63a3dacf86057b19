import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, adminRequest, newCustomer } from '../test/admin.js';
import { startTestApp, type TestApp } from '../test/harness.js';

let app: TestApp;

describe('admin: customers', () => {
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  it('creates a customer and sets its price list, currency, credit limit and terms', async () => {
    const created = await admin(app, 'POST', '/v1/admin/customers', { name: 'Settings Test Kft', currency: 'EUR' });
    assert.deepEqual(
      { priceListId: created.priceListId, creditLimit: created.creditLimit, paymentTermsDays: created.paymentTermsDays, locale: created.locale },
      { priceListId: null, creditLimit: null, paymentTermsDays: 30, locale: 'en' },
    );
    const updated = await admin(app, 'PATCH', `/v1/admin/customers/${created.id}`, {
      priceListId: 3, currency: 'RON', creditLimit: 1_000_000, paymentTermsDays: 14, locale: 'ro',
    });
    assert.equal(updated.priceListId, 3);
    assert.deepEqual(updated.creditLimit, { amount: 1_000_000, currency: 'RON' });
    assert.equal(updated.paymentTermsDays, 14);
    const cleared = await admin(app, 'PATCH', `/v1/admin/customers/${created.id}`, { creditLimit: null, priceListId: null });
    assert.equal(cleared.creditLimit, null);
    assert.equal(cleared.priceListId, null);
    assert.equal(cleared.currency, 'RON', 'fields left out stay as they were');
  });

  it('shows a new price list to the customer’s contacts at once', async () => {
    const buyer = await newCustomer(app);
    const before = (await app.request('GET', '/v1/products?pageSize=1', { token: buyer.token })).body;
    assert.equal(before.total, 312, 'no price list: the default one');
    await admin(app, 'PATCH', `/v1/admin/customers/${buyer.customerId}`, { priceListId: 4 });
    const after = (await app.request('GET', '/v1/products?pageSize=1', { token: buyer.token })).body;
    assert.equal(after.total, 104, 'the project builders’ narrow range');
    const limit = await admin(app, 'PATCH', `/v1/admin/customers/${buyer.customerId}`, { creditLimit: 50_000 });
    assert.deepEqual(limit.creditLimit, { amount: 50_000, currency: 'EUR' });
    const summary = (await app.request('GET', '/v1/statement/summary', { token: buyer.token })).body;
    assert.deepEqual(summary.creditLimit, { amount: 50_000, currency: 'EUR' });
  });

  it('refuses a currency change once the customer has documents, and unknown ids', async () => {
    const buyer = await newCustomer(app);
    await admin(app, 'POST', '/v1/admin/invoices', {
      customerId: buyer.customerId, type: 'invoice', lines: [{ description: 'x', quantity: 1, unitPrice: 100, vatRate: 0 }],
    });
    const change = await adminRequest(app, 'PATCH', `/v1/admin/customers/${buyer.customerId}`, { currency: 'RON' });
    assert.equal(change.status, 409);
    assert.ok(change.body.error.fields.currency);
    assert.equal((await adminRequest(app, 'PATCH', `/v1/admin/customers/${buyer.customerId}`, { currency: 'EUR' })).status, 200);
    assert.equal((await adminRequest(app, 'PATCH', '/v1/admin/customers/999999', { name: 'x' })).status, 404);
    const badList = await adminRequest(app, 'PATCH', `/v1/admin/customers/${buyer.customerId}`, { priceListId: 999 });
    assert.equal(badList.status, 400);
    assert.ok(badList.body.error.fields.priceListId);
    const badInput = await adminRequest(app, 'POST', '/v1/admin/customers', { name: '', currency: 'euro', creditLimit: -5 });
    assert.equal(badInput.status, 400);
    assert.deepEqual(Object.keys(badInput.body.error.fields).sort(), ['creditLimit', 'currency', 'name']);
  });

  it('lists every customer with its contacts and permissions, and the price lists', async () => {
    const buyer = await newCustomer(app, { name: 'Directory Test SRL', currency: 'RON', permissions: ['orders', 'invoices'] });
    const directory = await admin(app, 'GET', '/v1/admin/customers');
    const listed = directory.customers.find((customer: { id: number }) => customer.id === buyer.customerId);
    assert.equal(listed.name, 'Directory Test SRL');
    assert.equal(listed.currency, 'RON');
    const pending = await admin(app, 'POST', '/v1/admin/contacts/invitations', {
      email: 'pending@directory.example', name: 'Aaron Pending', customerId: buyer.customerId, permissions: ['catalogue'],
    });
    const people = async () =>
      (await admin(app, 'GET', '/v1/admin/customers')).customers
        .find((customer: { id: number }) => customer.id === buyer.customerId)
        .contacts.map((contact: { id: number; email: string; permissions: string[]; active: boolean; invited: boolean }) => [
          contact.id, contact.email, contact.permissions, contact.invited,
        ]);
    assert.deepEqual(await people(), [
      [pending.contactId, 'pending@directory.example', ['catalogue'], true],
      [buyer.contactId, buyer.email, ['orders', 'invoices'], false],
    ]);
    assert.equal((await adminRequest(app, 'POST', `/v1/admin/contacts/${pending.contactId}/revoke`)).status, 204);
    assert.deepEqual(await people(), [[buyer.contactId, buyer.email, ['orders', 'invoices'], false]], 'a withdrawn invitation is gone');
    const nordwerk = directory.customers.find((customer: { name: string }) => customer.name === 'Nordwerk Distribution GmbH');
    assert.ok(nordwerk.contacts.some((contact: { email: string }) => contact.email === 'anna@nordwerk.example'));
    assert.ok(directory.priceLists.length >= 2);
    assert.equal(directory.priceLists.filter((list: { isDefault: boolean }) => list.isDefault).length, 1);
    assert.equal((await adminRequest(app, 'GET', '/v1/admin/customers', undefined, 'wrong-key')).status, 401);
  });
});
