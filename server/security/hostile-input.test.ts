// Hostile input, property-based: for every route of the table, random and boundary values for its
// path parameters, query and body (shaped after the route's own schema, with fields missing, of the
// wrong type, out of range or huge) are sent over HTTP. The server never answers 5xx, and every 400
// carries field messages. Runs per route stay modest so CI stays fast.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { z } from 'zod';
import type { RouteSpec } from '../../contract/route.js';
import { routes } from '../../contract/routes.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { call, pathParams, TEST_ADMIN_KEY } from './call.js';

const RUNS_PER_ROUTE = Number(process.env.HOSTILE_RUNS ?? 30);

// Values that break naive handlers: quantities 0, negative, fractional, huge; unknown SKUs; long,
// empty and odd strings; wrong types.
const boundaryNumbers = [0, -1, 1, 0.5, -0.5, 1.000001, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e21, 1e308, -1e308];
const boundaryStrings = [
  '', ' ', 'NO-SUCH-SKU-000', 'FAS-1001', 'x'.repeat(10_000), '\u0000', '\ud800', '0', '-1', '1.5', 'NaN', 'Infinity',
  "'; DROP TABLE products; --", '<script>alert(1)</script>', '../../etc/passwd', '%00', '{{7*7}}', 'null', 'ß'.repeat(300),
  '2026-02-30', '2026-01-01T00:00:00Z', 'anna@nordwerk.example', 'not an e-mail',
];
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...boundaryNumbers, ...boundaryStrings, true, false, null, [], {}),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }),
);

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Values shaped like the schema (objects with its keys, arrays of its elements), each leaf hostile. */
function shapedLike(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 4) return leaf;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return shapedLike(def.innerType!, depth + 1);
    case 'pipe':
      return shapedLike(def.in!, depth + 1);
    case 'object': {
      const model = Object.fromEntries(Object.entries(def.shape!).map(([key, field]) => [key, fc.oneof(shapedLike(field, depth + 1), leaf)]));
      // No key required: missing fields are part of the point.
      return fc.oneof({ weight: 4, arbitrary: fc.record(model, { requiredKeys: [] }) }, { weight: 1, arbitrary: leaf });
    }
    case 'array':
      return fc.oneof({ weight: 4, arbitrary: fc.array(shapedLike(def.element!, depth + 1), { maxLength: 4 }) }, { weight: 1, arbitrary: leaf });
    case 'union':
      return fc.oneof(...def.options!.map((option) => shapedLike(option, depth + 1)), leaf);
    default:
      return leaf;
  }
}

const pathValue = fc.oneof(
  fc.constantFrom('0', '-1', '1.5', 'abc', '99999999999999999999', '1e3', ' 1', '%00', 'x'.repeat(2000), '1;DROP', '١'),
  fc.integer().map(String),
  fc.string({ minLength: 1, maxLength: 30 }),
);

const queryValue = fc.oneof(fc.constantFrom(...boundaryStrings.filter((s) => s.length < 5000)), fc.integer().map(String), fc.string({ maxLength: 30 }));

let app: TestApp;
// Admin routes get an app of their own: random ids there revoke contacts and would sign the buyer out.
let adminApp: TestApp;
let token: string;
const tried = { requests: 0, status: new Map<number, number>() };

describe('hostile input on every route', () => {
  before(async () => {
    [app, adminApp] = await Promise.all([startTestApp(), startTestApp()]);
    token = await app.signIn('anna@nordwerk.example');
  });
  after(async () => {
    console.log(`hostile input: ${tried.requests} requests; statuses ${JSON.stringify(Object.fromEntries(tried.status))}`);
    await app?.close();
    await adminApp?.close();
  });

  const withInput = Object.entries(routes as Record<string, RouteSpec>).filter(([, spec]) => spec.params || spec.query || spec.body);

  for (const [name, spec] of withInput) {
    test(`${name}: ${spec.method.toUpperCase()} ${spec.path} never 5xx; 400 names the fields`, async () => {
      const params = pathParams(spec.path);
      const input = fc.record({
        path: fc.tuple(...params.map(() => pathValue)),
        query: spec.query ? fc.dictionary(fc.constantFrom(...Object.keys(defOf(spec.query).shape ?? { x: 0 }), 'extra'), queryValue, { maxKeys: 4 }) : fc.constant({}),
        body: spec.body ? shapedLike(spec.body) : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ path: values, query, body }) => {
          let i = 0;
          let path = spec.path.replace(/:(\w+)/g, () => encodeURIComponent(values[i++]!));
          const search = new URLSearchParams(query as Record<string, string>).toString();
          if (search) path += `?${search}`;
          const headers: Record<string, string> = { 'idempotency-key': randomUUID() };
          if (spec.auth.kind === 'admin') headers['x-admin-key'] = TEST_ADMIN_KEY;
          const target = spec.auth.kind === 'admin' ? adminApp : app;
          const reply = await call(target.url, spec.method.toUpperCase(), path, {
            token: spec.auth.kind === 'customer' ? token : undefined,
            headers,
            body: spec.body ? (body ?? null) : undefined,
          });
          tried.requests++;
          tried.status.set(reply.status, (tried.status.get(reply.status) ?? 0) + 1);
          assert.ok(reply.status < 500, `${reply.status}: ${reply.text.slice(0, 300)}`);
          // Sign-in routes may say the credentials are wrong; nothing else may sign the caller out.
          if (reply.status === 401) assert.ok(spec.auth.kind === 'public' && reply.body.error.code === 'invalid_credentials', reply.text);
          if (reply.status === 400) {
            assert.equal(reply.body.error.code, 'validation_failed');
            assert.ok(Object.keys(reply.body.error.fields ?? {}).length > 0, `400 without field messages: ${reply.text.slice(0, 300)}`);
          }
        }),
        { numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    });
  }

  test('the server still answers after all of it', async () => {
    for (const target of [app, adminApp]) assert.equal((await call(target.url, 'GET', '/health')).status, 200);
    assert.equal((await call(app.url, 'GET', '/v1/session', { token })).status, 200);
  });
});
