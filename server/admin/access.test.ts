import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, ADMIN_KEY, adminRequest, newCustomer } from '../test/admin.js';
import { startTestApp, type TestApp } from '../test/harness.js';

let clock = new Date('2026-04-01T08:00:00Z');
let app: TestApp;
let customerId: number;

const invite = (email: string, permissions?: string[]) =>
  admin(app, 'POST', '/v1/admin/contacts/invitations', { email, name: 'Invited Person', customerId, ...(permissions && { permissions }) });
const accept = (token: string, password = 'correct horse battery') =>
  app.request('POST', '/v1/auth/invitations/accept', { body: { token, password } });

describe('access: invitations, revocation and permissions', () => {
  before(async () => {
    app = await startTestApp({ now: () => clock, invitationHours: 48 });
    customerId = (await admin(app, 'POST', '/v1/admin/customers', { name: 'Access Test AG', currency: 'EUR' })).id;
  });
  after(() => app.close());

  it('lets an invited contact set a password and sign in, once', async () => {
    const invitation = await invite('new.buyer@access.example', ['catalogue', 'invoices']);
    assert.equal(invitation.expiresAt, '2026-04-03T08:00:00.000Z');
    assert.match(invitation.token, /^[\w-]{40,}$/);
    // Only a hash is stored.
    const stored = await app.db.query<{ token_hash: string }>('SELECT token_hash FROM contact_invitations WHERE id = $1', [invitation.id]);
    assert.notEqual(stored[0]!.token_hash, invitation.token);

    const accepted = await accept(invitation.token);
    assert.equal(accepted.status, 201);
    assert.equal(accepted.body.session.customer.id, customerId);
    assert.deepEqual(accepted.body.session.permissions, ['catalogue', 'invoices']);
    assert.equal((await app.request('GET', '/v1/session', { token: accepted.body.token })).status, 200);
    // The password now works for a normal sign-in.
    const signIn = await app.request('POST', '/v1/auth/session', { body: { email: 'new.buyer@access.example', password: 'correct horse battery', customerId } });
    assert.equal(signIn.status, 201);

    const reused = await accept(invitation.token, 'someone else entirely');
    assert.equal(reused.status, 400);
    assert.ok(reused.body.error.fields.token);
    const stillMine = await app.request('POST', '/v1/auth/session', { body: { email: 'new.buyer@access.example', password: 'correct horse battery', customerId } });
    assert.equal(stillMine.status, 201, 'the second use changed nothing');
  });

  it('refuses an expired link, an unknown one and a short password', async () => {
    const invitation = await invite('late.buyer@access.example');
    const short = await accept(invitation.token, 'short');
    assert.equal(short.status, 400);
    assert.ok(short.body.error.fields.password);
    clock = new Date('2026-04-03T08:00:01Z');
    try {
      const late = await accept(invitation.token);
      assert.equal(late.status, 400);
      assert.ok(late.body.error.fields.token);
    } finally {
      clock = new Date('2026-04-01T08:00:00Z');
    }
    assert.equal((await accept('not-a-real-token')).status, 400);
  });

  it('ends every session of a revoked contact at once and voids its pending link', async () => {
    const first = await invite('revoked.buyer@access.example');
    const token = (await accept(first.token)).body.token as string;
    const second = (await app.request('POST', '/v1/auth/session', { body: { email: 'revoked.buyer@access.example', password: 'correct horse battery', customerId } })).body.token as string;
    const pending = await invite('revoked.buyer@access.example');

    assert.equal((await adminRequest(app, 'POST', `/v1/admin/contacts/${first.contactId}/revoke`)).status, 204);
    for (const session of [token, second]) {
      const reply = await app.request('GET', '/v1/session', { token: session });
      assert.equal(reply.status, 401);
      assert.equal(reply.body.error.code, 'unauthenticated');
    }
    assert.equal((await app.request('GET', '/v1/invoices', { token })).status, 401);
    assert.equal((await accept(pending.token)).status, 400, 'the link sent before the revocation is void');
    const signIn = await app.request('POST', '/v1/auth/session', { body: { email: 'revoked.buyer@access.example', password: 'correct horse battery', customerId } });
    assert.equal(signIn.status, 401);

    // A new invitation brings the contact back, to the account it names only.
    const other = (await admin(app, 'POST', '/v1/admin/customers', { name: 'Second Account AG', currency: 'EUR' })).id;
    await app.db.query('INSERT INTO contact_customers (contact_id, customer_id) VALUES ($1, $2)', [first.contactId, other]);
    await adminRequest(app, 'POST', `/v1/admin/contacts/${first.contactId}/revoke`);
    const again = await invite('revoked.buyer@access.example');
    assert.equal(again.contactId, first.contactId);
    assert.equal((await accept(again.token)).status, 201);
    const accounts = await app.request('POST', '/v1/auth/accounts', { body: { email: 'revoked.buyer@access.example', password: 'correct horse battery' } });
    assert.deepEqual(accounts.body.accounts.map((account: { customerId: number }) => account.customerId), [customerId]);
    assert.equal((await adminRequest(app, 'POST', '/v1/admin/contacts/999999/revoke')).status, 404);
  });

  it('ends a contact’s sessions for one account when it is removed from that account', async () => {
    const buyer = await newCustomer(app);
    const path = `/v1/admin/contacts/${buyer.contactId}/customers/${buyer.customerId}`;
    assert.equal((await adminRequest(app, 'DELETE', path)).status, 204);
    assert.equal((await app.request('GET', '/v1/session', { token: buyer.token })).status, 401);
    assert.equal((await adminRequest(app, 'DELETE', path)).status, 404);
  });

  it('answers 403 outside a contact’s permissions, and follows a change at once', async () => {
    const buyer = await newCustomer(app, { permissions: ['catalogue'] });
    assert.equal((await app.request('GET', '/v1/products?pageSize=1', { token: buyer.token })).status, 200);
    for (const path of ['/v1/invoices', '/v1/statement', '/v1/statement/summary']) {
      assert.equal((await app.request('GET', path, { token: buyer.token })).status, 403, path);
    }
    // Announcements need no permission.
    assert.equal((await app.request('GET', '/v1/announcements', { token: buyer.token })).status, 200);

    const path = `/v1/admin/contacts/${buyer.contactId}/customers/${buyer.customerId}`;
    const updated = await admin(app, 'PUT', path, { permissions: ['invoices', 'statement'] });
    assert.deepEqual(updated.permissions, ['invoices', 'statement']);
    assert.equal((await app.request('GET', '/v1/invoices', { token: buyer.token })).status, 200);
    assert.equal((await app.request('GET', '/v1/products', { token: buyer.token })).status, 403);
    assert.deepEqual((await app.request('GET', '/v1/session', { token: buyer.token })).body.permissions, ['invoices', 'statement']);

    const bad = await adminRequest(app, 'PUT', path, { permissions: ['everything'] });
    assert.equal(bad.status, 400);
    assert.equal((await adminRequest(app, 'PUT', `/v1/admin/contacts/${buyer.contactId}/customers/1`, { permissions: [] })).status, 404);
  });

  it('keeps the admin API and the buyers’ API apart', async () => {
    const buyerToken = await app.signIn('anna@nordwerk.example');
    const adminPaths: [string, string, unknown?][] = [
      ['GET', '/v1/admin/announcements'],
      ['POST', '/v1/admin/customers', { name: 'x', currency: 'EUR' }],
      ['POST', '/v1/admin/invoices', { customerId: 1, type: 'invoice', lines: [{ description: 'x', quantity: 1, unitPrice: 1, vatRate: 0 }] }],
      ['POST', '/v1/admin/payments', { customerId: 1, amount: 1 }],
      ['POST', '/v1/admin/contacts/invitations', { email: 'x@y.example', name: 'x', customerId: 1 }],
      ['POST', '/v1/admin/contacts/1/revoke'],
    ];
    for (const [method, path, body] of adminPaths) {
      assert.equal((await app.request(method, path, { token: buyerToken, body })).status, 401, `${path} with a buyer's token`);
      assert.equal((await adminRequest(app, method, path, body, 'wrong-key')).status, 401, `${path} with a wrong key`);
      assert.equal((await adminRequest(app, method, path, body, null)).status, 401, `${path} without a key`);
    }
    // The admin key is not a session token.
    for (const path of ['/v1/invoices', '/v1/statement/summary', '/v1/announcements', '/v1/session']) {
      assert.equal((await app.request('GET', path, { token: ADMIN_KEY })).status, 401, path);
    }
    assert.equal((await app.request('GET', '/v1/session', { token: buyerToken })).status, 200, 'Anna was not revoked');
  });
});
