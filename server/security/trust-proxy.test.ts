// The per-address sign-in limit behind a proxy: X-Forwarded-For names the client only when
// TRUST_PROXY says which proxies to believe; by default a client cannot escape the limit by
// writing a new address into the header for each guess.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { configFromEnv } from '../config.js';
import { clientAddressOf, parseTrustProxy } from '../http/client-address.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { call } from './call.js';

const PER_ADDRESS = 20;
let guesses = 0;

/** A failed sign-in with an e-mail never used before (so only the per-address count grows). */
const guess = (app: TestApp, forwardedFor?: string) =>
  call(app.url, 'POST', '/v1/auth/accounts', {
    body: { email: `nobody-${++guesses}@proxy.example`, password: 'wrong-password' },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('the client address behind proxies', () => {
  test('TRUST_PROXY: unset, false or 0 trusts none; a number is hops; else addresses and subnets', () => {
    assert.equal(parseTrustProxy(undefined), undefined);
    assert.equal(parseTrustProxy(''), undefined);
    assert.equal(parseTrustProxy('false'), undefined);
    assert.equal(parseTrustProxy('0'), undefined);
    assert.deepEqual(parseTrustProxy('2'), { hops: 2 });
    assert.deepEqual(parseTrustProxy('10.0.0.0/8, 127.0.0.1,::1'), { addresses: ['10.0.0.0/8', '127.0.0.1', '::1'] });
    assert.throws(() => parseTrustProxy('proxy.example'), /not an address/);
    assert.equal(configFromEnv({}).trustProxy, undefined, 'none by default');
    assert.deepEqual(configFromEnv({ TRUST_PROXY: '1' }).trustProxy, { hops: 1 });
  });

  test('picks the nearest untrusted address; entries a client wrote itself are ignored', () => {
    const header = '6.6.6.6, 203.0.113.9';
    assert.equal(clientAddressOf('10.0.0.2', header, undefined), '10.0.0.2', 'no trust: the socket');
    assert.equal(clientAddressOf('10.0.0.2', header, { hops: 1 }), '203.0.113.9', 'one proxy: its entry');
    assert.equal(clientAddressOf('10.0.0.2', header, { hops: 2 }), '6.6.6.6');
    assert.equal(clientAddressOf('10.0.0.2', header, { hops: 5 }), '6.6.6.6', 'never past the end');
    assert.equal(clientAddressOf('10.0.0.2', header, { addresses: ['10.0.0.0/8'] }), '203.0.113.9');
    assert.equal(clientAddressOf('10.0.0.2', '6.6.6.6, 10.0.0.7', { addresses: ['10.0.0.0/8'] }), '6.6.6.6', 'two trusted proxies');
    assert.equal(clientAddressOf('192.0.2.1', header, { addresses: ['10.0.0.0/8'] }), '192.0.2.1', 'an untrusted peer is the client');
    assert.equal(clientAddressOf('::ffff:127.0.0.1', '198.51.100.4', { addresses: ['127.0.0.1'] }), '198.51.100.4', 'IPv4-mapped peers');
    assert.equal(clientAddressOf('10.0.0.2', undefined, { hops: 1 }), '10.0.0.2', 'no header: the socket');
  });
});

describe('the per-address sign-in limit over HTTP', () => {
  describe('with no proxy trusted (the default)', () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp();
    });
    after(() => app?.close());

    test('a new spoofed X-Forwarded-For for every guess does not escape the limit', async () => {
      for (let i = 0; i < PER_ADDRESS; i++) assert.equal((await guess(app, `198.51.100.${i + 1}`)).status, 401, `guess ${i + 1}`);
      const refused = await guess(app, '198.51.100.250');
      assert.equal(refused.status, 429);
      assert.equal(refused.body.error.code, 'rate_limited');
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
      assert.equal((await guess(app)).status, 429, 'without the header too');
    });
  });

  describe('behind a trusted proxy (TRUST_PROXY=127.0.0.1)', () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp({ trustProxy: { addresses: ['127.0.0.1'] } });
    });
    after(() => app?.close());

    test('clients behind the proxy are counted apart, and one client is still limited', async () => {
      for (let i = 0; i < PER_ADDRESS; i++) assert.equal((await guess(app, '203.0.113.7')).status, 401, `guess ${i + 1}`);
      assert.equal((await guess(app, '203.0.113.7')).status, 429, 'the 21st guess from one client');
      // A client prepending its own entry is still the address the proxy appended.
      assert.equal((await guess(app, '192.0.2.99, 203.0.113.7')).status, 429, 'a spoofed entry left of the proxy’s');
      // Another buyer behind the same proxy is not locked out by the first.
      assert.equal((await guess(app, '203.0.113.8')).status, 401, 'another client');
    });
  });
});
