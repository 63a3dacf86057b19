// One real app over real HTTP for a test file: a fresh, migrated, seeded database (PGlite in
// memory, or a throwaway PostgreSQL database when TEST_DATABASE_URL is set) behind @hono/node-server.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { ApiErrorBody } from '../../contract/errors.js';
import { createApp } from '../app.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { openPostgres } from '../db/postgres.js';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.js';

export interface RequestOptions {
  token?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, with a JSON content type: for malformed bodies. */
  rawBody?: string;
}

export interface Reply {
  status: number;
  // Tests read answers loosely; the server itself checks them against the contract.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface TestApp {
  url: string;
  db: Database;
  request(method: string, path: string, options?: RequestOptions): Promise<Reply>;
  /** Signs a demo contact in (to its only account, unless `customerId` says which) and returns the token. */
  signIn(email: string, customerId?: number): Promise<string>;
  close(): Promise<void>;
}

// initdb is most of what a new PGlite costs (seconds of CPU): run it once per machine and PGlite
// version, keep a dump of that blank cluster, and give each test file a copy of it.
const pgliteTemplate = (() => {
  try {
    const manifest = readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8');
    return join(tmpdir(), `tradecounter-pglite-${JSON.parse(manifest).version}.tar`);
  } catch {
    return undefined;
  }
})();

async function openFreshPglite(): Promise<Database> {
  if (!pgliteTemplate) return openPglite();
  if (existsSync(pgliteTemplate)) {
    try {
      return await openPglite(undefined, { loadDataDir: new Blob([readFileSync(pgliteTemplate)]) });
    } catch {
      rmSync(pgliteTemplate, { force: true });
    }
  }
  const blank = await PGlite.create();
  const dump = await blank.dumpDataDir('none');
  await blank.close();
  // Written aside and renamed, so a test file running alongside never reads half a dump.
  const partial = `${pgliteTemplate}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, pgliteTemplate);
  return openPglite(undefined, { loadDataDir: dump });
}

/**
 * A fresh, empty database for one test file: PGlite in memory, or a new PostgreSQL database with a
 * random name beside the one TEST_DATABASE_URL names. `close` also drops that database.
 */
export async function openTestDatabase(): Promise<{ db: Database; databaseUrl?: string; close(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openFreshPglite();
    return { db, close: () => db.close() };
  }
  const name = `tc_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.href);
  return {
    db,
    databaseUrl: url.href,
    close: async () => {
      await db.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** The contract's error shape and nothing more (no stack, no SQL): extra keys fail too. */
function isErrorBody(body: unknown): boolean {
  if (!ApiErrorBody.safeParse(body).success) return false;
  const { error, ...rest } = body as ApiErrorBody;
  return Object.keys(rest).length === 0 && Object.keys(error).every((key) => Object.keys(ApiErrorBody.shape.error.shape).includes(key));
}

/** `overrides` change the app's config, e.g. `now` for a clock the test controls. */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const { db } = database;
  try {
    await migrate(db);
    await seedDemo(db);
  } catch (error) {
    await database.close();
    throw error;
  }

  const config: Config = {
    port: 0,
    databaseUrl: database.databaseUrl,
    corsOrigins: '*',
    sessionHours: 12,
    adminKey: 'test-admin-key',
    validateResponses: true,
    ...overrides,
  };
  // Without createServer, @hono/node-server makes a plain node:http server.
  const server = serve({ fetch: createApp(db, config).fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url + path, { method, headers, body: payload });
    const text = await response.text();
    const body = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    // Every error answer must be in the contract's one error shape, whichever test provoked it.
    if (response.status >= 400 && !isErrorBody(body)) {
      throw new Error(`${method} ${path} → ${response.status} outside the error shape: ${text}`);
    }
    return { status: response.status, body };
  }

  async function signIn(email: string, customerId?: number): Promise<string> {
    if (customerId === undefined) {
      const listed = await request('POST', '/v1/auth/accounts', { body: { email, password: DEMO_PASSWORD } });
      if (listed.status !== 200 || listed.body.accounts.length !== 1) {
        throw new Error(`signIn(${email}): name the customerId (${listed.status} ${JSON.stringify(listed.body)})`);
      }
      customerId = listed.body.accounts[0].customerId as number;
    }
    const opened = await request('POST', '/v1/auth/session', { body: { email, password: DEMO_PASSWORD, customerId } });
    if (opened.status !== 201) throw new Error(`signIn(${email}, ${customerId}): ${opened.status} ${JSON.stringify(opened.body)}`);
    return opened.body.token as string;
  }

  async function close() {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  }

  return { url, db, request, signIn, close };
}
