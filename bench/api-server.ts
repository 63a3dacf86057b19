// Child process of bench/api-load.ts: a fresh database (PGlite in memory, or a new PostgreSQL
// database when BENCH_DATABASE_URL is set) filled by bench/data.ts, the catalogue SQL timed directly
// through the driver, then the real app on 127.0.0.1 for the load tool. Talks over IPC.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { createApp } from '../server/app.js';
import type { Database } from '../server/db/database.js';
import { openPglite } from '../server/db/pglite.js';
import { openPostgres } from '../server/db/postgres.js';
import { searchProducts } from '../server/resources/catalogue.js';
import { generateBenchData } from './data.js';
import { timedLoops } from './stats.js';

type Message =
  | { command: 'sql'; concurrency: number; seconds: number }
  | { command: 'searchIndex'; runs: number }
  | { command: 'verify' }
  | { command: 'stop' };

const send = (message: unknown) => process.send!(message);
const adminUrl = process.env.BENCH_DATABASE_URL;
const port = Number(process.env.BENCH_PORT ?? 0);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let db: Database;
let dropDatabase = async () => {};
if (adminUrl) {
  const name = `tc_bench_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  db = await openPostgres(url.href);
  dropDatabase = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
} else {
  db = await openPglite();
}

const data = await generateBenchData(db);
const query = { ...data.query, page: 1 };
const config = { port, corsOrigins: '*' as const, sessionHours: 12, adminKey: 'bench-admin-key', validateResponses: false };
const server = serve({ fetch: createApp(db, config).fetch, port, hostname: '127.0.0.1' }) as Server;
await new Promise<void>((resolve) => server.once('listening', resolve));
send({ ready: true, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, data, kind: db.kind });

/**
 * Migration 006's trigram indexes, measured on this run's data: each catalogue search timed
 * (median of `runs`, one at a time) without the indexes, then with them, and whether the plan uses
 * them. Leaves the indexes in place for the load test.
 */
async function compareSearchIndexes(runs: number) {
  const searches = {
    // The load test's page: one category, a word that one product name in eight carries.
    page: query,
    // A SKU typed in full across the whole catalogue: few rows match.
    sku: { ...query, category: undefined, q: 'BX-012345' },
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const timeAll = async () => {
    const result: Record<string, { medianMs: number; usesTrigramIndex: boolean }> = {};
    for (const [name, search] of Object.entries(searches)) {
      const durations: number[] = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        await searchProducts(db, data.catalogueCustomerId, search as never);
        durations.push(performance.now() - start);
      }
      const plan = await explainSearch(search);
      result[name] = { medianMs: Math.round(median(durations) * 10) / 10, usesTrigramIndex: /_trgm/.test(plan) };
    }
    return result;
  };
  const indexes = await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'products' AND indexname LIKE '%\\_trgm' ORDER BY 1`,
  );
  for (const index of indexes) await db.exec(`DROP INDEX ${index.indexname}`);
  await db.exec('ANALYZE products');
  const without = await timeAll();
  const started = performance.now();
  for (const index of indexes) await db.exec(index.indexdef);
  await db.exec('ANALYZE products');
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  return { indexes: indexes.map((index) => index.indexname), runs, buildSeconds, without, with: await timeAll() };
}

/** The plans of the catalogue page's queries for a search, as text. */
async function explainSearch(search: object): Promise<string> {
  let plan = '';
  const explaining: Database = {
    ...db,
    query: async (sql: string, params?: unknown[]) => {
      const rows = await db.query<Record<string, unknown>>(`EXPLAIN ${sql}`, params);
      plan += rows.map((row) => Object.values(row).join(' ')).join('\n');
      return db.query(sql, params);
    },
  };
  await searchProducts(explaining, data.catalogueCustomerId, search as never);
  return plan;
}

process.on('message', async (message: Message) => {
  if (message.command === 'sql') {
    // The same two statements the route runs (count and page), straight through the driver.
    const stats = await timedLoops(message.concurrency, message.seconds, () => searchProducts(db, data.catalogueCustomerId, query as never));
    send({ sql: stats });
  } else if (message.command === 'searchIndex') {
    send({ searchIndex: await compareSearchIndexes(message.runs) });
  } else if (message.command === 'verify') {
    // Oversell check, straight from the tables: stock never negative, reserved never more than there was.
    const [row] = await db.query<{ stock: number; reserved: number; negative: number }>(
      `SELECT p.stock,
              (SELECT COALESCE(sum(quantity), 0)::int FROM stock_reservations WHERE product_id = p.id AND released_at IS NULL) AS reserved,
              (SELECT count(*)::int FROM products WHERE stock < 0) AS negative
         FROM products p WHERE p.id = $1`,
      [data.hotProductId],
    ).catch((error: Error) => [{ stock: NaN, reserved: NaN, negative: NaN, error: error.message }]);
    send({ verify: row });
  } else if (message.command === 'stop') {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await db.close();
    await dropDatabase();
    process.exit(0);
  }
});
