import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPglite } from './pglite.js';

test('a data folder PGlite cannot start from gives an error that names it and says what to do', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'tc-damaged-'));
  try {
    // A cluster of a PostgreSQL major version this PGlite does not run.
    writeFileSync(join(folder, 'PG_VERSION'), '99\n');
    await assert.rejects(openPglite(folder), (error: Error) => {
      assert.match(error.message, new RegExp(`embedded database in ${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} could not be opened`));
      assert.match(error.message, /Move or delete that folder/);
      return true;
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a new data folder is created and opens', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'tc-new-')), 'nested', 'pglite');
  try {
    const db = await openPglite(folder);
    assert.deepEqual(await db.query('select 1 as one'), [{ one: 1 }]);
    await db.close();
  } finally {
    rmSync(join(folder, '..', '..'), { recursive: true, force: true });
  }
});
