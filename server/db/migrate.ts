import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from './database.js';

const folder = new URL('./migrations/', import.meta.url);

/** Applies the numbered SQL files in migrations/ that this database has not seen yet, each in one transaction. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name));
  const pending = readdirSync(folder).filter((name) => name.endsWith('.sql') && !done.has(name)).sort();
  for (const name of pending) {
    const sql = readFileSync(new URL(name, folder), 'utf8');
    await db.exec(`BEGIN;\n${sql}\n;INSERT INTO schema_migrations (name) VALUES ('${name}');\nCOMMIT;`);
  }
  return pending;
}
