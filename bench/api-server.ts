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

process.on('message', async (message: Message) => {
  if (message.command === 'sql') {
    // The same two statements the route runs (count and page), straight through the driver.
    const stats = await timedLoops(message.concurrency, message.seconds, () => searchProducts(db, data.catalogueCustomerId, query as never));
    send({ sql: stats });
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
