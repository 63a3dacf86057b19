// Browser tests: TypeScript test files in Debian's Chromium, against the real reference back end.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const apiPort = Number(process.env.TC_TEST_API_PORT ?? 8799);
const apiUrl = `http://127.0.0.1:${apiPort}`;
// Tests create their own customers and contacts through the supplier's admin API.
const adminKey = 'browser-tests-admin-key';

/** Starts the reference back end on a fresh in-memory database for the test run. */
function backEnd() {
  let child;
  return {
    name: 'tradecounter-back-end',
    async serverStart() {
      child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, PORT: String(apiPort), DATA_DIR: 'memory', CORS_ORIGINS: '*', VALIDATE_RESPONSES: '1', DATABASE_URL: '', ADMIN_KEY: adminKey },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`The back end exited (${code}) before it listened.`)));
        child.stdout.on('data', (chunk) => String(chunk).includes('Tradecounter API on') && resolve());
      });
    },
    async serverStop() {
      child?.kill();
    },
  };
}

/** Serves `file.css?raw` as a module whose default export is the file's text, as vite does. */
function rawImports() {
  return {
    name: 'raw-imports',
    resolveMimeType: (context) => (context.URL.searchParams.has('raw') ? 'js' : undefined),
    transform(context) {
      if (context.URL.searchParams.has('raw')) return { body: `export default ${JSON.stringify(context.body)};` };
    },
  };
}

/**
 * Serves the BUILT embed (vite.config.ts, mode embed) under /built-embed/, for
 * test/browser/embed.test.ts. It is built on the first request, once per run, so runs that do
 * not load it pay nothing.
 */
function builtEmbed() {
  const outDir = '.test-results/embed';
  let built;
  return {
    name: 'tradecounter-built-embed',
    async serve(context) {
      if (!context.path.startsWith('/built-embed/')) return;
      built ??= import('vite').then(({ build }) => build({ mode: 'embed', logLevel: 'warn', build: { outDir, emptyOutDir: true } }));
      await built;
      const file = join(outDir, normalize(context.path.slice('/built-embed/'.length)).replace(/^(\.\.[/\\])+/, ''));
      if (existsSync(file)) return { body: readFileSync(file, 'utf8'), type: 'js' };
    },
  };
}

/** Writes the run's counts for the summary line of `npm test`. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { suite: 'browser', passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load has no test results: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(counts));
    },
  };
}

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  port: Number(process.env.WTR_PORT ?? 8000),
  concurrency: 2,
  // elements.a11y.test.ts walks every element in every state and grows with each element merged.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [builtEmbed(), rawImports(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), backEnd()],
  browsers: [
    chromeLauncher({
      // Each test file in a window of its own: files run side by side, and a tab in the background
      // gets no animation frames or resize observations, which virtual scrolling depends on.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
          // Two test files run at once, one in a background tab: keep its timers and rendering at full speed.
          '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head>
        <script>
          // nanostores reads process.env.NODE_ENV; tests learn where the back end runs.
          window.process = { env: { NODE_ENV: 'development' } };
          window.TC_TEST_API = ${JSON.stringify(apiUrl)};
          window.TC_TEST_ADMIN_KEY = ${JSON.stringify(adminKey)};
        </script>
      </head>
      <body>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  coverageConfig: { include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts', 'test/**'] },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
