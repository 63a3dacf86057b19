import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import type { Database } from './database.js';

// bigint columns hold money in minor units; they fit a JS number comfortably.
const parsers = { [types.INT8]: (value: string) => Number(value), [types.NUMERIC]: (value: string) => Number(value) };

/** The embedded database: a folder on disk, or memory when `dataDir` is omitted. */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { parsers });
  return {
    kind: 'pglite',
    async query(sql, params) {
      return (await db.query(sql, params)).rows as never[];
    },
    transaction(work) {
      return db.transaction((tx) => work({ query: async (sql, params) => (await tx.query(sql, params)).rows as never[] }));
    },
    async exec(sql) {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}
