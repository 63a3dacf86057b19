import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database } from './database.js';

// bigint columns hold money in minor units; they fit a JS number comfortably.
const parsers = { [types.INT8]: (value: string) => Number(value), [types.NUMERIC]: (value: string) => Number(value) };

/**
 * The embedded database: a folder on disk, or memory when `dataDir` is omitted. `loadDataDir`
 * starts from a dump of another instance's data folder (the tests copy one just-initialised cluster).
 */
export async function openPglite(dataDir?: string, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the catalogue search's trigram indexes (migration 007).
  const db = await PGlite.create(dataDir, { parsers, extensions: { pg_trgm }, ...options }).catch((error: unknown) => {
    // PGlite only says "Aborted()" for a folder it cannot start from; say which and what to do.
    if (!dataDir) throw error;
    throw new Error(
      `The embedded database in ${dataDir} could not be opened: it may be damaged (e.g. a process stopped while writing) ` +
        `or written by another PGlite version. Move or delete that folder to start again with fresh demo data. (${String(error)})`,
      { cause: error },
    );
  });
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
