import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RouteSpec } from '../../contract/route.js';
import { routes } from '../../contract/routes.js';
import { startTestApp, type TestApp } from '../test/harness.js';

const customerRoutes = Object.entries(routes as Record<string, RouteSpec>).filter(([, spec]) => spec.auth.kind === 'customer');
const concretePath = (path: string) => path.replace(/:\w+/g, '1');

describe('the HTTP layer', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  test('runs on the database this pass is for', async () => {
    const { status, body } = await app.request('GET', '/health');
    assert.equal(status, 200);
    assert.deepEqual(body, { ok: true, database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  });

  test('the route table has customer routes to guard', () => {
    assert.ok(customerRoutes.length >= 5, `${customerRoutes.length} customer routes`);
  });

  for (const [name, spec] of customerRoutes) {
    test(`${name} (${spec.method.toUpperCase()} ${spec.path}) refuses a caller who is not signed in`, async () => {
      const path = concretePath(spec.path);
      const body = spec.body ? {} : undefined;
      for (const token of [undefined, 'not-a-session-token']) {
        const reply = await app.request(spec.method.toUpperCase(), path, { token, body });
        assert.equal(reply.status, 401, `token ${token}`);
        assert.deepEqual(reply.body, { error: { code: 'unauthenticated', message: 'Please sign in.' } });
      }
    });
  }

  test('a token sent without the Bearer scheme does not sign in', async () => {
    const token = await app.signIn('anna@nordwerk.example');
    const response = await fetch(`${app.url}/v1/session`, { headers: { authorization: token } });
    assert.equal(response.status, 401);
    const bearer = await fetch(`${app.url}/v1/session`, { headers: { authorization: `bearer ${token}` } });
    assert.equal(bearer.status, 200, 'the scheme is case-insensitive');
  });

  test('an unknown path answers 404 in the error shape', async () => {
    for (const [method, path] of [['GET', '/v1/nothing-here'], ['POST', '/v1/products'], ['GET', '/']]) {
      const reply = await app.request(method!, path!);
      assert.equal(reply.status, 404, `${method} ${path}`);
      assert.deepEqual(reply.body, { error: { code: 'not_found', message: 'There is no such endpoint.' } });
    }
  });

  test('a body that is not JSON is refused with a field message', async () => {
    for (const rawBody of ['{"email": "anna@nordwerk.example",', 'email=anna', '']) {
      const reply = await app.request('POST', '/v1/auth/accounts', { rawBody });
      assert.equal(reply.status, 400, JSON.stringify(rawBody));
      assert.equal(reply.body.error.code, 'validation_failed');
      assert.deepEqual(reply.body.error.fields, { body: 'Send a JSON object.' });
    }
  });

  test('a JSON body of the wrong type names the body', async () => {
    const reply = await app.request('POST', '/v1/auth/accounts', { body: ['anna@nordwerk.example'] });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error.code, 'validation_failed');
    assert.ok(reply.body.error.fields.body, JSON.stringify(reply.body));
  });

  test('a NUL character in any input is a 400 naming the field, not a database error', async () => {
    const token = await app.signIn('anna@nordwerk.example');
    const search = await app.request('GET', '/v1/products?q=%00', { token });
    assert.equal(search.status, 400);
    assert.deepEqual(search.body.error.fields, { q: 'Contains a character that is not allowed' });
    assert.deepEqual(search.body.error.fieldIssues, { q: { code: 'not_allowed_character' } });
    const signIn = await app.request('POST', '/v1/auth/accounts', { body: { email: 'anna@nordwerk.example', password: 'a\u0000b' } });
    assert.equal(signIn.status, 400);
    assert.equal(signIn.body.error.fields.password, 'Contains a character that is not allowed');
  });

  test('browsers on other origins may call the API', async () => {
    const response = await fetch(`${app.url}/v1/products`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /authorization/i);
  });
});
