// Isolation, generated from the route table: every customer route with a path parameter is called
// as customer A with ids that belong to customer B, and must answer 404 (or 403 where the contract
// lists it), never B's data. A parameter kind this file cannot find a foreign id for FAILS, so a new
// endpoint is covered the day it is added. Admin routes refuse customer tokens; customer routes
// refuse the admin key used as a bearer token.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { RouteSpec } from '../../contract/route.js';
import { routes } from '../../contract/routes.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { call, fillPath, pathParams, TEST_ADMIN_KEY } from './call.js';

// A: Atelier Tehnic (price list 4: every third product). B: Nordwerk (price list 2: all products).
const A = { email: 'ioana@ateliertehnic.example', customerId: 4 };
const B = { email: 'anna@nordwerk.example', customerId: 1 };

const allRoutes = Object.entries(routes as Record<string, RouteSpec>);
const customerRoutesWithIds = allRoutes.filter(([, spec]) => spec.auth.kind === 'customer' && pathParams(spec.path).length > 0);
const adminRoutes = allRoutes.filter(([, spec]) => spec.auth.kind === 'admin');
const customerRoutes = allRoutes.filter(([, spec]) => spec.auth.kind === 'customer');

/**
 * The kind of resource a path parameter names: `:productId` → products; `:id` → the path segment
 * before it (`/v1/orders/:id/cancel` → orders).
 */
export function resourceKind(path: string, param: string): string {
  if (param !== 'id') return `${param.replace(/Id$/, '')}s`;
  const segments = path.split('/');
  const at = segments.indexOf(`:${param}`);
  return segments[at - 1] ?? param;
}

/** A body the route accepts, so the answer is about the id and not a 400 for the body. */
const sampleBodies: Record<string, unknown> = {
  setCartLine: { quantity: 1 },
  saveFavourite: { quantity: 1 },
  cancelOrder: {},
  reorder: {},
};

/**
 * Routes that key into the caller's OWN collection and are idempotent by contract (no 404 listed):
 * a foreign id is a no-op there. They may answer 2xx, but only with the caller's own data, never
 * anything of the foreign resource.
 */
const ownCollectionNoOps: Record<string, (body: { lines?: { productId?: number; product?: { id?: number } }[] }, id: number) => boolean> = {
  removeCartLine: (cart, id) => (cart.lines ?? []).every((line) => (line.productId ?? line.product?.id) !== id),
};

let app: TestApp;
let tokenA: string;
let tokenB: string;
const url = () => app.url;
const admin = (method: string, path: string, body?: unknown) => call(url(), method, path, { body, headers: { 'x-admin-key': TEST_ADMIN_KEY } });

/** B's order, placed through the API as B would: a cart line, pickup, the total B saw, a key. */
async function placeOrderAsB(): Promise<number> {
  const [product] = await app.db.query<{ id: number }>(
    `SELECT p.id FROM products p JOIN price_list_items i ON i.product_id = p.id AND i.price_list_id = 2
      WHERE p.active AND p.stock > 100 AND p.min_quantity = 1 AND p.order_multiple = 1 ORDER BY p.id LIMIT 1`,
  );
  const line = await call(url(), 'PUT', `/v1/cart/lines/${product!.id}`, { token: tokenB, body: { quantity: 1 } });
  assert.equal(line.status, 200, `B's cart line: ${line.text}`);
  await call(url(), 'PATCH', '/v1/cart', { token: tokenB, body: { delivery: { kind: 'pickup' } } });
  const cart = await call(url(), 'GET', '/v1/cart', { token: tokenB });
  const placed = await call(url(), 'POST', '/v1/orders', {
    token: tokenB,
    body: { expectedTotal: cart.body.totals.gross },
    headers: { 'idempotency-key': randomUUID() },
  });
  assert.equal(placed.status, 201, `B's order: ${placed.text}`);
  return placed.body.id as number;
}

/**
 * How to find ids of each resource kind that belong to B (or that A may not see). Add a line here
 * when a route names a new kind of resource; until then the walk below fails for it.
 */
const foreignIdFinders: Record<string, () => Promise<number[]>> = {
  // Products outside A's price list (B sees them), plus one that does not exist at all.
  products: async () => {
    const rows = await app.db.query<{ id: number }>(
      `SELECT p.id FROM products p WHERE p.active
          AND p.id IN (SELECT product_id FROM price_list_items WHERE price_list_id = 2)
          AND p.id NOT IN (SELECT product_id FROM price_list_items WHERE price_list_id = 4)
        ORDER BY p.id LIMIT 3`,
    );
    assert.ok(rows.length > 0, 'the demo seed has products B sees and A does not');
    return [...rows.map((row) => row.id), 2_000_000_000];
  },
  orders: async () => [await placeOrderAsB(), await placeOrderAsB()],
  invoices: async () => {
    const issued = await admin('POST', '/v1/admin/invoices', {
      customerId: B.customerId,
      type: 'invoice',
      lines: [{ description: 'Isolation probe', quantity: 1, unitPrice: 1000, vatRate: 19 }],
    });
    assert.equal(issued.status, 201, `B's invoice: ${issued.text}`);
    return [issued.body.id as number];
  },
  announcements: async () => {
    const posted = await admin('POST', '/v1/admin/announcements', {
      title: 'For Nordwerk only',
      bodyHtml: '<p>Only B may read this.</p>',
      customerIds: [B.customerId],
    });
    assert.equal(posted.status, 201, `B's announcement: ${posted.text}`);
    return [posted.body.id as number];
  },
};

// Foreign ids found once per kind, shared by the walk and the checks after it.
const foundIds = new Map<string, number[]>();
async function idsOf(kind: string) {
  if (!foundIds.has(kind)) {
    const finder = foreignIdFinders[kind];
    assert.ok(finder, `No way to find a foreign id of kind "${kind}": add it to foreignIdFinders in server/security/isolation.test.ts`);
    foundIds.set(kind, await finder());
  }
  return foundIds.get(kind)!;
}

describe('isolation between customers', () => {
  before(async () => {
    app = await startTestApp();
    tokenA = await app.signIn(A.email, A.customerId);
    tokenB = await app.signIn(B.email, B.customerId);
  });
  after(() => app?.close());

  test('the route table has customer routes with ids to walk', () => {
    assert.ok(customerRoutesWithIds.length > 0);
  });

  test('every customer route answers 404 (or its contract 403) to A for every id of B', async () => {

    let tried = 0;
    const leaks: string[] = [];
    for (const [name, spec] of customerRoutesWithIds) {
      const params = pathParams(spec.path);
      // Every parameter takes a foreign id in turn; the others take one of the same kind too.
      const combos: Record<string, number>[] = [];
      for (const param of params) {
        for (const id of await idsOf(resourceKind(spec.path, param))) {
          const values: Record<string, number> = {};
          for (const other of params) values[other] = other === param ? id : (await idsOf(resourceKind(spec.path, other)))[0]!;
          combos.push(values);
        }
      }
      const body = spec.body ? sampleBodies[name] : undefined;
      assert.ok(!spec.body || body !== undefined, `${name}: add a valid sample body to sampleBodies so the walk tests the id, not the body`);
      for (const values of combos) {
        const path = fillPath(spec.path, values);
        const reply = await call(url(), spec.method.toUpperCase(), path, { token: tokenA, body });
        tried++;
        const allowed = [404, ...(spec.errors?.includes(403) ? [403] : [])];
        const noOp = ownCollectionNoOps[name];
        if (noOp && reply.status < 300 && Object.values(values).every((id) => noOp(reply.body, id))) continue;
        if (!allowed.includes(reply.status)) leaks.push(`${name} ${spec.method.toUpperCase()} ${path} → ${reply.status} ${reply.text.slice(0, 200)}`);
      }
    }
    console.log(`isolation: ${customerRoutesWithIds.length} endpoints, ${tried} calls with foreign ids`);
    assert.deepEqual(leaks, []);
  });

  test('B still sees its own orders, unchanged by A’s attempts', async (t) => {
    const ids = foundIds.get('orders');
    if (!ids) return t.skip('no order routes with ids in the contract yet');
    for (const id of ids) {
      const reply = await call(url(), 'GET', `/v1/orders/${id}`, { token: tokenB });
      assert.equal(reply.status, 200);
      assert.notEqual(reply.body.status, 'cancelled');
    }
  });

  test('admin routes refuse a customer token (with no admin key)', async () => {
    const accepted: string[] = [];
    for (const [name, spec] of adminRoutes) {
      const path = fillPath(spec.path, Object.fromEntries(pathParams(spec.path).map((param) => [param, 1])));
      const reply = await call(url(), spec.method.toUpperCase(), path, { token: tokenA, body: spec.body ? {} : undefined });
      if (reply.status !== 401 && reply.status !== 403) accepted.push(`${name} → ${reply.status}`);
      // The customer token as the admin key is refused too.
      const asKey = await call(url(), spec.method.toUpperCase(), path, { headers: { 'x-admin-key': tokenA }, body: spec.body ? {} : undefined });
      if (asKey.status !== 401 && asKey.status !== 403) accepted.push(`${name} (token as X-Admin-Key) → ${asKey.status}`);
    }
    assert.deepEqual(accepted, []);
  });

  test('customer routes refuse the admin key as a bearer token or header', async () => {
    assert.ok(customerRoutes.length > 0);
    const accepted: string[] = [];
    for (const [name, spec] of customerRoutes) {
      const path = fillPath(spec.path, Object.fromEntries(pathParams(spec.path).map((param) => [param, 1])));
      const body = spec.body ? (sampleBodies[name] ?? {}) : undefined;
      const bearer = await call(url(), spec.method.toUpperCase(), path, { token: TEST_ADMIN_KEY, body });
      if (bearer.status !== 401) accepted.push(`${name} (admin key as bearer) → ${bearer.status}`);
      const header = await call(url(), spec.method.toUpperCase(), path, { headers: { 'x-admin-key': TEST_ADMIN_KEY }, body });
      if (header.status !== 401) accepted.push(`${name} (X-Admin-Key only) → ${header.status}`);
    }
    assert.deepEqual(accepted, []);
  });
});
