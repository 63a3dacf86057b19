// A database that is away (refused, restarting, dropped mid-transaction) gives a clear 503 with
// Retry-After, never a 500; the same server answers again once the database is back, and a
// placement retried with its key after an outage makes one order.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { createApp } from '../app.js';
import type { Config } from '../config.js';
import { openTestDatabase } from '../test/harness.js';
import { ADMIN_KEY, call, fillCart, newBuyer, product } from '../test/ordering-fixtures.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPostgres } from './postgres.js';
import { seedDemo } from '../seed/demo.js';
import { isConnectionError } from './unavailable.js';

const config: Config = { port: 0, corsOrigins: '*', sessionHours: 12, adminKey: ADMIN_KEY, validateResponses: true };

async function serveApp(db: Database) {
  const server = serve({ fetch: createApp(db, config).fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on: bound, read, released. */
async function deadPort() {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function assertUnavailable(reply: { status: number; body: { error?: { code: string } }; headers: Headers }, what: string) {
  assert.equal(reply.status, 503, `${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
  assert.equal(reply.body.error?.code, 'unavailable', what);
  assert.equal(reply.headers.get('retry-after'), '2', `${what}: Retry-After`);
}

describe('a database that cannot be reached', () => {
  test('every kind of request gets 503 unavailable with Retry-After from a real pg pool on a dead port', async () => {
    const db = await openPostgres(`postgres://postgres:postgres@127.0.0.1:${await deadPort()}/nothing`);
    const app = await serveApp(db);
    try {
      const asked = [
        await call(app as never, 'POST', '/v1/auth/accounts', { body: { email: 'anna@nordwerk.example', password: 'tradecounter' } }),
        await call(app as never, 'GET', '/v1/products', { token: 'some-token' }),
        await call(app as never, 'GET', '/v1/admin/orders', { headers: { 'x-admin-key': ADMIN_KEY } }),
        await call(app as never, 'POST', '/v1/orders', { token: 'some-token', body: { expectedTotal: { amount: 100, currency: 'EUR' } }, headers: { 'idempotency-key': randomUUID() } }),
      ];
      for (const [index, reply] of asked.entries()) assertUnavailable(reply, `request ${index}`);
      // The server itself is up: health does not need the database.
      assert.equal((await fetch(`${app.url}/health`)).status, 200);
    } finally {
      await app.close();
      await db.close();
    }
  });

  test('a connection killed in the middle of a transaction fails that transaction, not the process (PostgreSQL only)', { skip: !process.env.TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' }, async () => {
    const database = await openTestDatabase();
    try {
      const { db } = database;
      const outcome = await db
        .transaction(async (tx) => {
          const [{ pid }] = (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
          // The operator (or a restart) ends this backend while the transaction is idle between statements.
          await db.query('SELECT pg_terminate_backend($1)', [pid]);
          await new Promise((resolve) => setTimeout(resolve, 200));
          await tx.query('SELECT 1');
        })
        .then(() => 'committed', (error: unknown) => error);
      assert.ok(isConnectionError(outcome), `a connection error: ${String(outcome)}`);
      // The pool hands out a working connection next.
      assert.deepEqual(await db.query('SELECT 1 AS one'), [{ one: 1 }]);
      assert.equal(await db.transaction(async (tx) => (await tx.query<{ n: number }>('SELECT 2 AS n'))[0]!.n), 2);
    } finally {
      await database.close();
    }
  });

  test('recognises the ways pg reports a database away, and nothing else', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    assert.ok(isConnectionError(refused));
    assert.ok(isConnectionError(new AggregateError([refused], '')), 'happy-eyeballs connect wraps refusals');
    assert.ok(isConnectionError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })));
    assert.ok(isConnectionError(Object.assign(new Error('the database system is starting up'), { code: '57P03' })));
    assert.ok(isConnectionError(new Error('Connection terminated unexpectedly')));
    assert.ok(isConnectionError(new Error('timeout exceeded when trying to connect')));
    assert.ok(isConnectionError(new Error('wrapped', { cause: Object.assign(new Error('x'), { code: '08006' }) })));
    assert.ok(!isConnectionError(Object.assign(new Error('duplicate key value'), { code: '23505' })));
    assert.ok(!isConnectionError(new TypeError('Cannot read properties of undefined')));
    assert.ok(!isConnectionError(undefined));
  });
});

describe('an outage and recovery on the same server', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof serveApp>> & { db: Database };
  // What the database does now: answer, refuse, or commit and lose the answer (a restart at COMMIT).
  let mode: 'up' | 'down' | 'lose-commit-answer' = 'up';
  const away = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

  before(async () => {
    database = await openTestDatabase();
    await migrate(database.db);
    await seedDemo(database.db);
    const real = database.db;
    const flaky: Database = {
      kind: real.kind,
      query: (sql, params) => (mode === 'down' ? Promise.reject(away()) : real.query(sql, params)),
      async transaction(work) {
        if (mode === 'down') throw away();
        const result = await real.transaction(work);
        if (mode === 'lose-commit-answer') throw away();
        return result;
      },
      exec: (sql) => real.exec(sql),
      close: () => real.close(),
    };
    app = Object.assign(await serveApp(flaky), { db: real });
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  test('requests during the outage get 503; afterwards the same server answers and the cart is intact', async () => {
    await product(app, 70, { stock: 50, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const buyer = await newBuyer(app);
    await fillCart(app, buyer.token, [{ productId: 70, quantity: 2 }]);
    const cart = (await call(app, 'GET', '/v1/cart', { token: buyer.token })).body;
    const key = randomUUID();

    mode = 'down';
    assertUnavailable(await call(app, 'GET', '/v1/cart', { token: buyer.token }), 'cart during the outage');
    assertUnavailable(await call(app, 'PUT', '/v1/cart/lines/70', { token: buyer.token, body: { quantity: 3 } }), 'cart change during the outage');
    const during = await call(app, 'POST', '/v1/orders', { token: buyer.token, body: { expectedTotal: cart.totals.gross }, headers: { 'idempotency-key': key } });
    assertUnavailable(during, 'placement during the outage');

    mode = 'up';
    const back = await call(app, 'GET', '/v1/cart', { token: buyer.token });
    assert.equal(back.status, 200);
    assert.deepEqual(back.body.lines.map((line: { product: { id: number }; quantity: number }) => [line.product.id, line.quantity]), [[70, 2]], 'the cart is as it was');
    const placed = await call(app, 'POST', '/v1/orders', { token: buyer.token, body: { expectedTotal: cart.totals.gross }, headers: { 'idempotency-key': key } });
    assert.equal(placed.status, 201, JSON.stringify(placed.body));
    const orders = await call(app, 'GET', '/v1/orders', { token: buyer.token });
    assert.equal(orders.body.total, 1);
  });

  test('a placement committed as the connection drops answers 503, and its retry replays the one order', async () => {
    await product(app, 71, { stock: 50, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const buyer = await newBuyer(app);
    await fillCart(app, buyer.token, [{ productId: 71, quantity: 4 }]);
    const cart = (await call(app, 'GET', '/v1/cart', { token: buyer.token })).body;
    const key = randomUUID();
    const send = () => call(app, 'POST', '/v1/orders', { token: buyer.token, body: { expectedTotal: cart.totals.gross }, headers: { 'idempotency-key': key } });

    mode = 'lose-commit-answer';
    assertUnavailable(await send(), 'the placement whose answer was lost');
    mode = 'up';
    const retried = await send();
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    assert.equal(retried.headers.get('idempotent-replayed'), 'true');
    const again = await send();
    assert.equal(again.body.id, retried.body.id);
    const orders = await call(app, 'GET', '/v1/orders', { token: buyer.token });
    assert.equal(orders.body.total, 1, 'one order, not two');
    const [{ stock }] = (await app.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = 71')) as [{ stock: number }];
    assert.equal(stock, 46, 'stock taken once');
  });
});
