// `npm run test:e2e`: builds the embed and the host pages, starts the reference back end and the
// host pages' server (strict CSP), then runs test/e2e/*.e2e.ts in Chromium with node:test.
// Counts go to .test-results/e2e.json for the summary of `npm test`.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configFromEnv } from '../../server/config.js';
import { startServer } from '../../server/main.js';
import { buildAll, embedDir, outDir } from './build.js';
import { startSite } from './server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const apiPort = Number(process.env.E2E_API_PORT ?? 8901);
const sitePort = Number(process.env.E2E_SITE_PORT ?? 8902);

const started = performance.now();
await buildAll();
console.log(`e2e: built the embed and the host pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// A fresh in-memory database with the demo seed: the tests neither depend on nor change the demo's own (.data/pglite).
const api = await startServer({ ...configFromEnv({ DATA_DIR: 'memory' }), port: apiPort, corsOrigins: '*', validateResponses: true });
const site = await startSite({
  port: sitePort,
  api: api.url,
  embedDir,
  roots: { '/pages/': `${root}test/e2e/pages`, '/hosts/': `${outDir}/hosts` },
});
const files = readdirSync(`${root}test/e2e`).filter((name) => name.endsWith('.e2e.ts')).map((name) => `test/e2e/${name}`);
mkdirSync(`${root}.test-results`, { recursive: true });

// Not spawnSync: this process serves the back end and the pages while the tests run.
const result = await new Promise<number>((resolve) => {
  const run = spawn(
    process.execPath,
    [
      '--import', 'tsx',
      '--test',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/reporters/count-reporter.mjs', '--test-reporter-destination=.test-results/e2e.json',
      ...files,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TEST_SUITE: 'e2e', E2E_SITE: site.url, E2E_API: api.url } },
  );
  run.once('exit', (code) => resolve(code ?? 1));
});

await site.close();
await api.close();
console.log(`e2e: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
process.exit(result);
