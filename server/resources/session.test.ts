import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hashToken } from '../auth/sessions.js';
import { DEMO_PASSWORD } from '../seed/demo.js';
import { startTestApp, type TestApp } from '../test/harness.js';

const mihai = 'mihai@constructim.example';
const credentials = (email: string, password = DEMO_PASSWORD) => ({ email, password });

describe('two-step sign-in', () => {
  let app: TestApp;
  let customerIds: Map<string, number>;
  before(async () => {
    app = await startTestApp();
    const rows = await app.db.query<{ id: number; name: string }>('SELECT id, name FROM customers');
    customerIds = new Map(rows.map((row) => [row.name, row.id]));
  });
  after(() => app.close());

  test('step one lists every account of the contact, by name', async () => {
    const reply = await app.request('POST', '/v1/auth/accounts', { body: credentials(mihai) });
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, {
      accounts: [
        { customerId: customerIds.get('Atelier Tehnic SRL'), name: 'Atelier Tehnic SRL' },
        { customerId: customerIds.get('Constructim SRL'), name: 'Constructim SRL' },
      ],
    });
    const single = await app.request('POST', '/v1/auth/accounts', { body: credentials('anna@nordwerk.example') });
    assert.deepEqual(single.body, { accounts: [{ customerId: customerIds.get('Nordwerk Distribution GmbH'), name: 'Nordwerk Distribution GmbH' }] });
  });

  test('the e-mail is matched whatever its case and surrounding spaces', async () => {
    const reply = await app.request('POST', '/v1/auth/accounts', { body: credentials('  Mihai@Constructim.EXAMPLE ') });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.accounts.length, 2);
  });

  test('step two opens a session for the chosen account', async () => {
    const customerId = customerIds.get('Constructim SRL')!;
    const reply = await app.request('POST', '/v1/auth/session', { body: { ...credentials(mihai), customerId } });
    assert.equal(reply.status, 201);
    assert.match(reply.body.token, /^[\w-]{32,}$/);
    assert.equal(reply.body.session.customer.id, customerId);
    assert.equal(reply.body.session.customer.name, 'Constructim SRL');
    const stored = await app.db.query('SELECT customer_id FROM sessions WHERE token_hash = $1', [hashToken(reply.body.token)]);
    assert.deepEqual(stored, [{ customer_id: customerId }]);
    const raw = await app.db.query('SELECT 1 FROM sessions WHERE token_hash = $1', [reply.body.token]);
    assert.equal(raw.length, 0, 'the token itself is never stored');
  });

  test('the same contact signs in to its other account with other data', async () => {
    const token = await app.signIn(mihai, customerIds.get('Atelier Tehnic SRL'));
    const reply = await app.request('GET', '/v1/session', { token });
    assert.equal(reply.body.customer.name, 'Atelier Tehnic SRL');
    assert.equal(reply.body.contact.email, mihai);
  });

  test('an account that is not the contact’s is refused, naming customerId', async () => {
    for (const customerId of [customerIds.get('Nordwerk Distribution GmbH'), 9999]) {
      const reply = await app.request('POST', '/v1/auth/session', { body: { ...credentials(mihai), customerId } });
      assert.equal(reply.status, 400, `customer ${customerId}`);
      assert.equal(reply.body.error.code, 'validation_failed');
      assert.deepEqual(Object.keys(reply.body.error.fields), ['customerId']);
    }
    const [row] = await app.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sessions WHERE customer_id = $1`,
      [customerIds.get('Nordwerk Distribution GmbH')],
    );
    assert.equal(row!.n, 0, 'no session was opened');
  });

  test('a missing account choice is a field error', async () => {
    const reply = await app.request('POST', '/v1/auth/session', { body: credentials(mihai) });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.error.fields, { customerId: 'Choose an account' });
  });

  test('an unknown e-mail and a wrong password read exactly the same', async () => {
    const customerId = customerIds.get('Constructim SRL');
    for (const path of ['/v1/auth/accounts', '/v1/auth/session']) {
      const unknown = await app.request('POST', path, { body: { ...credentials('nobody@nowhere.example'), customerId } });
      const wrong = await app.request('POST', path, { body: { ...credentials(mihai, 'not-the-password'), customerId } });
      assert.equal(unknown.status, 401, path);
      assert.equal(unknown.body.error.code, 'invalid_credentials');
      assert.deepEqual(wrong, unknown, path);
    }
  });

  test('a deactivated contact cannot sign in, and reads like a wrong password', async () => {
    const email = 'ioana@ateliertehnic.example';
    const token = await app.signIn(email);
    await app.db.query('UPDATE contacts SET active = false WHERE email = $1', [email]);
    try {
      const refused = await app.request('POST', '/v1/auth/accounts', { body: credentials(email) });
      const wrong = await app.request('POST', '/v1/auth/accounts', { body: credentials(email, 'nope') });
      assert.equal(refused.status, 401);
      assert.deepEqual(refused, wrong);
      assert.equal((await app.request('GET', '/v1/session', { token })).status, 401, 'open sessions stop too');
    } finally {
      await app.db.query('UPDATE contacts SET active = true WHERE email = $1', [email]);
    }
  });

  test('bad credentials input is refused per field', async () => {
    const cases: [object, string[]][] = [
      [{ email: 'anna@nordwerk.example' }, ['password']],
      [{ email: 'anna@nordwerk.example', password: '' }, ['password']],
      [{ email: 'not-an-email', password: DEMO_PASSWORD }, ['email']],
      [{}, ['email', 'password']],
      [{ email: 'anna@nordwerk.example', password: 'x'.repeat(201) }, ['password']],
    ];
    for (const [body, fields] of cases) {
      const reply = await app.request('POST', '/v1/auth/accounts', { body });
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error.code, 'validation_failed');
      assert.deepEqual(Object.keys(reply.body.error.fields).sort(), fields, JSON.stringify(body));
    }
    const missing = await app.request('POST', '/v1/auth/accounts', { body: { email: 'anna@nordwerk.example' } });
    assert.equal(missing.body.error.fields.password, 'Enter your password');
    const invalid = await app.request('POST', '/v1/auth/accounts', { body: { email: 'anna@', password: 'x' } });
    assert.equal(invalid.body.error.fields.email, 'Enter a valid e-mail address');
    const empty = await app.request('POST', '/v1/auth/accounts', { body: {} });
    assert.deepEqual(empty.body.error.fields, { email: 'Enter a valid e-mail address', password: 'Enter your password' });
    // The same as stable codes, for clients that word them in another language.
    assert.deepEqual(empty.body.error.fieldIssues, { email: { code: 'required' }, password: { code: 'required' } });
    assert.equal(invalid.body.error.fieldIssues.email.code, 'invalid_format');
    const long = await app.request('POST', '/v1/auth/accounts', { body: { email: 'anna@nordwerk.example', password: 'x'.repeat(201) } });
    assert.deepEqual(long.body.error.fieldIssues.password, { code: 'too_long', params: { max: 200 } });
  });

  test('GET /v1/session describes contact, customer, currency, locale and permissions', async () => {
    const started = Date.now();
    const token = await app.signIn(mihai, customerIds.get('Constructim SRL'));
    const reply = await app.request('GET', '/v1/session', { token });
    assert.equal(reply.status, 200);
    const [contact] = await app.db.query<{ id: number }>('SELECT id FROM contacts WHERE email = $1', [mihai]);
    const { expiresAt, ...rest } = reply.body;
    assert.deepEqual(rest, {
      contact: { id: contact!.id, name: 'Mihai Popescu', email: mihai },
      customer: { id: customerIds.get('Constructim SRL'), name: 'Constructim SRL', currency: 'RON', locale: 'ro' },
      permissions: ['catalogue', 'orders', 'invoices', 'statement'],
    });
    const hoursAhead = (Date.parse(expiresAt) - started) / 3_600_000;
    assert.ok(hoursAhead > 11.9 && hoursAhead < 12.1, `expires ${hoursAhead} h ahead`);

    const baltic = await app.request('GET', '/v1/session', { token: await app.signIn('liis@balticbuild.example') });
    assert.deepEqual(baltic.body.customer, { id: customerIds.get('Baltic Build OÜ'), name: 'Baltic Build OÜ', currency: 'EUR', locale: 'en' });
  });

  test('signing out ends that token at once and no other', async () => {
    const token = await app.signIn('anna@nordwerk.example');
    const other = await app.signIn('anna@nordwerk.example');
    assert.equal((await app.request('GET', '/v1/products?pageSize=1', { token })).status, 200);
    const out = await app.request('DELETE', '/v1/session', { token });
    assert.equal(out.status, 204);
    assert.equal(out.body, '');
    for (const [method, path] of [['GET', '/v1/session'], ['GET', '/v1/products'], ['DELETE', '/v1/session']]) {
      const reply = await app.request(method!, path!, { token });
      assert.equal(reply.status, 401, `${method} ${path}`);
      assert.equal(reply.body.error.code, 'unauthenticated');
    }
    assert.equal((await app.request('GET', '/v1/session', { token: other })).status, 200);
  });

  test('an expired session is refused', async () => {
    const token = await app.signIn('liis@balticbuild.example');
    assert.equal((await app.request('GET', '/v1/session', { token })).status, 200);
    await app.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hashToken(token)]);
    for (const path of ['/v1/session', '/v1/products', '/v1/categories']) {
      const reply = await app.request('GET', path, { token });
      assert.equal(reply.status, 401, path);
      assert.deepEqual(reply.body, { error: { code: 'unauthenticated', message: 'Please sign in.' } });
    }
  });

  test('a session ends when the contact loses the account', async () => {
    const customerId = customerIds.get('Atelier Tehnic SRL')!;
    const token = await app.signIn(mihai, customerId);
    const [contact] = await app.db.query<{ id: number }>('SELECT id FROM contacts WHERE email = $1', [mihai]);
    await app.db.query('DELETE FROM contact_customers WHERE contact_id = $1 AND customer_id = $2', [contact!.id, customerId]);
    try {
      assert.equal((await app.request('GET', '/v1/session', { token })).status, 401);
    } finally {
      await app.db.query('INSERT INTO contact_customers (contact_id, customer_id) VALUES ($1, $2)', [contact!.id, customerId]);
    }
  });
});
