import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { seedDemo } from '../seed/demo.js';
import { openTestDatabase } from '../test/harness.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';

const migrationFiles = readdirSync(new URL('./migrations/', import.meta.url)).filter((name) => name.endsWith('.sql')).sort();

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  before(async () => {
    database = await openTestDatabase();
    db = database.db;
  });
  after(() => database.close());

  const tables = async () =>
    (await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    )).map((row) => row.name);

  test('the first run applies every migration file in order', async () => {
    assert.ok(migrationFiles.length > 0);
    assert.deepEqual(await tables(), []);
    assert.deepEqual(await migrate(db), migrationFiles);
    const created = await tables();
    for (const table of ['supplier', 'products', 'price_lists', 'price_list_items', 'customers', 'contacts', 'sessions', 'schema_migrations']) {
      assert.ok(created.includes(table), `${table} exists`);
    }
    const recorded = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    assert.deepEqual(recorded.map((row) => row.name), migrationFiles);
  });

  test('a second run applies nothing and keeps the data', async () => {
    await seedDemo(db, { productsPerCategory: 2 });
    const before = await tables();
    assert.deepEqual(await migrate(db), []);
    assert.deepEqual(await tables(), before);
    const [count] = await db.query<{ products: number; migrations: number }>(
      'SELECT (SELECT count(*)::int FROM products) AS products, (SELECT count(*)::int FROM schema_migrations) AS migrations',
    );
    assert.deepEqual(count, { products: 24, migrations: migrationFiles.length });
  });
});
