// The back end under load on 127.0.0.1: the catalogue page of a customer over 100,000 products
// (autocannon at a fixed concurrency for a fixed time) against the same SQL timed directly through
// the driver in the same run, then order placement with stock reservation under concurrency and an
// oversell check. Once on PGlite, once on PostgreSQL when it is reachable.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { routes } from '../contract/routes.js';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import type { BenchData } from './data.js';
import { BENCH_EMAIL } from './data.js';
import { summarise, type LatencySummary } from './stats.js';

export interface OrderResult {
  skipped?: string;
  seconds?: number;
  workers?: number;
  placed?: number;
  ordersPerSecond?: number;
  refused?: Record<string, number>;
  refusalExamples?: Record<string, string>;
  latency?: LatencySummary;
  initialStock?: number;
  stockAfter?: number;
  reservedAfter?: number;
  negativeStockProducts?: number;
  oversold?: boolean;
}

export interface DatabaseResult {
  database: 'pglite' | 'postgres';
  skipped?: string;
  data?: BenchData['counts'] & { seconds: number };
  concurrency?: number;
  seconds?: number;
  api?: LatencySummary & { errors: number };
  sql?: LatencySummary;
  /** API p50 / SQL p50 and SQL throughput / API throughput: what HTTP, auth, validation and JSON add. */
  overhead?: { p50: number; throughput: number };
  orders?: OrderResult;
  searchIndex?: SearchIndexResult;
  conditional?: ConditionalResult;
}

/** The catalogue page asked twice, the second time with the first answer's ETag. */
export interface ConditionalResult {
  etag: string | null;
  firstStatus: number;
  firstBytes: number;
  secondStatus: number;
  secondBytes: number;
  passed: boolean;
}

async function conditionalCheck(url: string, token: string, query: BenchData['query']): Promise<ConditionalResult> {
  const address = `${url}/v1/products?${new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]))}`;
  const first = await fetch(address, { headers: { authorization: `Bearer ${token}` } });
  const firstBytes = (await first.arrayBuffer()).byteLength;
  const etag = first.headers.get('etag');
  const second = await fetch(address, { headers: { authorization: `Bearer ${token}`, ...(etag && { 'if-none-match': etag }) } });
  const secondBytes = (await second.arrayBuffer()).byteLength;
  return { etag, firstStatus: first.status, firstBytes, secondStatus: second.status, secondBytes, passed: first.status === 200 && !!etag && second.status === 304 && secondBytes === 0 };
}

/** Catalogue searches timed without and with migration 007's trigram indexes (bench/api-server.ts). */
export interface SearchIndexResult {
  indexes: string[];
  runs: number;
  buildSeconds: number;
  without: Record<string, { medianMs: number; usesTrigramIndex: boolean }>;
  with: Record<string, { medianMs: number; usesTrigramIndex: boolean }>;
}

const options = {
  // PGlite answers one query at a time, so a higher concurrency only lengthens its queue.
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 4),
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  orderWorkers: Number(process.env.BENCH_ORDER_WORKERS ?? 16),
  searchRuns: Number(process.env.BENCH_SEARCH_RUNS ?? 5),
};

const round = (value: number) => Math.round(value * 100) / 100;

function startChild(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; data: BenchData }> {
  const child = fork(fileURLToPath(new URL('./api-server.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited (${code}) before it was ready`)));
    child.once('message', (message: { url: string; data: BenchData }) => resolve({ child, ...message }));
  });
}

const ask = <T>(child: ChildProcess, message: object): Promise<T> =>
  new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`bench server exited (${code})`));
    child.once('exit', exited);
    child.once('message', (answer) => {
      child.off('exit', exited);
      resolve(answer as T);
    });
    child.send(message);
  });

async function signIn(url: string, customerId: number): Promise<string> {
  const response = await fetch(`${url}/v1/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_EMAIL, password: DEMO_PASSWORD, customerId }),
  });
  if (response.status !== 201) throw new Error(`sign-in for customer ${customerId}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

async function catalogueLoad(url: string, token: string, query: BenchData['query']) {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${url}/v1/products?${search}`,
    connections: options.concurrency,
    duration: options.seconds,
    headers: { authorization: `Bearer ${token}` },
    // PGlite answers one query at a time: a queued request may wait for all the others.
    timeout: 60,
    // Without a callback it is both the event emitter and a promise of the result; the types know only the promise.
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  return { ...summarise(latencies, options.seconds), errors: result.non2xx + result.errors + result.timeouts };
}

/** Each worker buys the hot product for its own customer, again and again, until the time is up. */
async function orderLoad(url: string, child: ChildProcess, data: BenchData): Promise<OrderResult> {
  if (!('placeOrder' in routes)) return { skipped: 'POST /v1/orders is not on this branch yet' };
  const buyers = data.buyerIds.slice(0, options.orderWorkers);
  const tokens = await Promise.all(buyers.map((id) => signIn(url, id)));
  const refused: Record<string, number> = {};
  /** One message per kind of refusal, so a bench that places nothing says why. */
  const examples: Record<string, string> = {};
  const durations: number[] = [];
  let placed = 0;
  const until = performance.now() + options.seconds * 1000;
  const call = async (token: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => undefined)) as Record<string, never> };
  };
  await Promise.all(
    tokens.map(async (token, worker) => {
      while (performance.now() < until) {
        const cart = await call(token, 'PUT', `/v1/cart/lines/${data.hotProductId}`, { quantity: 1 + (worker % 3) });
        if (cart.status !== 200) {
          refused[`cart ${cart.status}`] = (refused[`cart ${cart.status}`] ?? 0) + 1;
          continue;
        }
        const { totals, version } = cart.body as unknown as { totals: { gross: unknown }; version: number };
        const start = performance.now();
        // Pickup: the bench customers have no delivery address, and an order needs a delivery.
        const order = await call(token, 'POST', '/v1/orders', { expectedTotal: totals.gross, cartVersion: version, delivery: { kind: 'pickup' } }, { 'idempotency-key': randomUUID() });
        durations.push(performance.now() - start);
        if (order.status === 201) placed++;
        else {
          const error = (order.body as { error?: { code?: string; message?: string } })?.error;
          const kind = `${order.status} ${error?.code ?? ''}`.trim();
          refused[kind] = (refused[kind] ?? 0) + 1;
          examples[kind] ??= error?.message ?? '';
        }
      }
    }),
  );
  const { verify } = await ask<{ verify: { stock: number; reserved: number; negative: number } }>(child, { command: 'verify' });
  return {
    seconds: options.seconds,
    workers: buyers.length,
    placed,
    ordersPerSecond: round(placed / options.seconds),
    refused,
    refusalExamples: examples,
    latency: summarise(durations, options.seconds),
    initialStock: data.hotProductStock,
    stockAfter: verify.stock,
    reservedAfter: verify.reserved,
    negativeStockProducts: verify.negative,
    oversold: !(verify.stock >= 0 && verify.reserved <= data.hotProductStock && verify.stock + verify.reserved === data.hotProductStock && verify.negative === 0),
  };
}

export async function postgresUrl(): Promise<string | undefined> {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

async function runOn(database: 'pglite' | 'postgres', port: number, databaseUrl?: string): Promise<DatabaseResult> {
  console.error(`api-load on ${database}: generating data, starting the server`);
  const { child, url, data } = await startChild({ BENCH_PORT: String(port), BENCH_DATABASE_URL: databaseUrl ?? '' });
  try {
    console.error(`api-load on ${database}: data in ${round(data.seconds)} s; catalogue load`);
    const token = await signIn(url, data.catalogueCustomerId);
    console.error(`api-load on ${database}: search indexes with and without`);
    const { searchIndex } = await ask<{ searchIndex: SearchIndexResult }>(child, { command: 'searchIndex', runs: options.searchRuns });
    // Same concurrency, same duration, same process, one after the other.
    const { sql } = await ask<{ sql: LatencySummary }>(child, { command: 'sql', concurrency: options.concurrency, seconds: options.seconds });
    const api = await catalogueLoad(url, token, data.query);
    const conditional = await conditionalCheck(url, token, data.query);
    const orders = await orderLoad(url, child, data);
    return {
      database,
      data: { ...data.counts, seconds: round(data.seconds) },
      concurrency: options.concurrency,
      seconds: options.seconds,
      api,
      sql,
      searchIndex,
      conditional,
      overhead: api.count && sql.count ? { p50: round(api.p50 / sql.p50), throughput: round(sql.perSecond / api.perSecond) } : undefined,
      orders,
    };
  } finally {
    child.removeAllListeners('exit');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send({ command: 'stop' });
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill();
  }
}

export async function apiLoad(): Promise<DatabaseResult[]> {
  const results: DatabaseResult[] = [];
  results.push(await runOn('pglite', 0));
  const url = await postgresUrl();
  if (url) results.push(await runOn('postgres', 0, url));
  else results.push({ database: 'postgres', skipped: 'PostgreSQL is not reachable (TEST_DATABASE_URL or 127.0.0.1:5432)' });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await apiLoad(), null, 2));
