import pg from 'pg';
import type { Database } from './database.js';
import { isConnectionError } from './unavailable.js';

pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

/** PostgreSQL through a connection pool, for `DATABASE_URL`. */
export async function openPostgres(connectionString: string): Promise<Database> {
  // A connect that hangs (a database half-way through a restart) gives up, so the request gets a 503.
  const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection (a database restart) must not crash the process.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    async query(sql, params) {
      return (await pool.query(sql, params as unknown[])).rows;
    },
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      // A checked-out client has no listener of the pool's: without one, the database going away
      // between two statements of a transaction ('error' event) would crash the process.
      const lost = (error: Error) => (broken = error);
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (sql, params) => (await client.query(sql, params as unknown[])).rows });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection lost mid-transaction is dropped from the pool, not handed to the next request.
        if (isConnectionError(error)) broken = error as Error;
        else await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.off('error', lost);
        client.release(broken);
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
