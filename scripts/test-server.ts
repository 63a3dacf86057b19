// `npm run test:server`: the server's node:test files, once on PGlite and once more on PostgreSQL
// when TEST_DATABASE_URL is set. Each pass writes its counts to .test-results/server-<database>.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(root, '.test-results');

// Node 20's --test does not expand globs: find server/**/*.test.ts here.
const files = readdirSync(join(root, 'server'), { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.test.ts'))
  .map((path) => relative(root, join(root, 'server', path)))
  .sort();

function runPass(database: 'pglite' | 'postgres', databaseUrl?: string): boolean {
  const suite = `server-${database}`;
  const env: NodeJS.ProcessEnv = { ...process.env, TEST_SUITE: suite };
  delete env.TEST_DATABASE_URL;
  if (databaseUrl) env.TEST_DATABASE_URL = databaseUrl;
  const output = join(resultsDir, `${suite}.json`);

  console.log(`\n── server tests on ${database}: ${files.length} files ──`);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--import', 'tsx',
      '--test',
      '--test-concurrency=2',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/reporters/count-reporter.mjs', `--test-reporter-destination=${output}`,
      ...files,
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let counts = 'no counts written';
  try {
    const { passed, failed, skipped } = JSON.parse(readFileSync(output, 'utf8'));
    counts = `${passed} passed, ${failed} failed, ${skipped} skipped`;
  } catch {
    // reported below through the exit status
  }
  const ok = result.status === 0;
  console.log(`${suite}: ${counts} in ${seconds} s${ok ? '' : ` (exit ${result.status ?? result.signal})`}`);
  return ok;
}

if (files.length === 0) {
  console.error('No server/**/*.test.ts files found.');
  process.exit(1);
}
mkdirSync(resultsDir, { recursive: true });
let ok = runPass('pglite');
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) {
  ok = runPass('postgres', postgresUrl) && ok;
} else {
  console.log('\nPostgreSQL pass skipped: TEST_DATABASE_URL is not set.');
}
process.exit(ok ? 0 : 1);
