// Interactions in headless Chromium against the reference back end (demo seed, in memory):
// search as you type in <tc-catalogue> (requests sent and aborted for one typed word) and, once
// <tc-cart> exists, a quantity change in a cart of 200 lines. Writes bench/results/interactions.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { createApp } from '../server/app.js';
import { configFromEnv } from '../server/config.js';
import { openPglite } from '../server/db/pglite.js';
import { migrate } from '../server/db/migrate.js';
import { seedDemo } from '../server/seed/demo.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A port nobody listens on now: benches on a shared machine must not collide with other servers. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createNetServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
const apiPort = Number(process.env.BENCH_API_PORT ?? (await freePort()));
const pagePort = Number(process.env.BENCH_PAGE_PORT ?? (await freePort()));
const WORD = 'drill';
const KEY_DELAY_MS = 80;
const CART_LINES = 200;
const CART_ROUNDS = 10;

const db = await openPglite();
await migrate(db);
await seedDemo(db);
const api = serve({ fetch: createApp(db, { ...configFromEnv({}), corsOrigins: '*' }).fetch, port: apiPort, hostname: '127.0.0.1' }) as Server;
await new Promise<void>((resolve) => api.once('listening', resolve));
const vite = await createServer({ configFile: false, root, logLevel: 'silent', server: { port: pagePort, host: '127.0.0.1', strictPort: true } });
await vite.listen();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const results: Record<string, unknown> = {};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = (element: string) => `http://127.0.0.1:${pagePort}/bench/interactions/index.html?api=${encodeURIComponent(`http://127.0.0.1:${apiPort}`)}&element=${element}`;
  await page.goto(url('tc-catalogue'));
  await page.evaluate(() => window.benchReady);
  await page.locator('tc-catalogue [part~="card"]').first().waitFor();
  const input = page.locator('tc-catalogue [part~="search-input"]');
  if ((await input.count()) === 0) {
    results.searchAsYouType = { skipped: 'tc-catalogue has no search-input part on this branch' };
  } else {
    const searches: string[] = [];
    const aborted: string[] = [];
    const searchOf = (requestUrl: string) => new URL(requestUrl).searchParams.get('q');
    page.on('request', (request) => {
      const q = searchOf(request.url());
      if (request.method() === 'GET' && new URL(request.url()).pathname === '/v1/products' && q) searches.push(q);
    });
    page.on('requestfailed', (request) => {
      const q = searchOf(request.url());
      if (q) aborted.push(q);
    });
    const started = Date.now();
    await input.pressSequentially(WORD, { delay: KEY_DELAY_MS });
    await page.waitForFunction((word) => {
      const catalogue = document.querySelector('tc-catalogue');
      return [...(catalogue?.shadowRoot?.querySelectorAll('[part~="name"]') ?? [])].every((name) => name.textContent?.toLowerCase().includes(word));
    }, WORD);
    results.searchAsYouType = {
      word: WORD,
      keystrokes: WORD.length,
      keyDelayMs: KEY_DELAY_MS,
      requestsSent: searches.length,
      requestsAborted: aborted.length,
      queriesSent: searches,
      lastQuery: searches.at(-1),
      msFromFirstKeyToResults: Date.now() - started,
    };
  }

  if (!existsSync(join(root, 'src/elements/cart/cart.ts'))) {
    results.cartQuantityChange = { skipped: 'tc-cart is not on this branch yet' };
  } else {
    const cart = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx compiles the functions below with esbuild's keepNames, which calls a __name helper the page lacks.
    await cart.addInitScript('window.__name = (fn) => fn');
    await cart.goto(url('tc-cart') + `&lines=${CART_LINES}`);
    await cart.evaluate(() => window.benchReady);
    await cart.locator('tc-cart [part~="line"]').nth(CART_LINES - 1).waitFor({ timeout: 30_000 }).catch(async (error: Error) => {
      const shown = await cart.evaluate(() => {
        const element = document.querySelector('tc-cart');
        return { lines: element?.shadowRoot?.querySelectorAll('[part~="line"]').length, text: element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 400) };
      });
      throw new Error(`${error.message.split('\n')[0]}: ${shown.lines} lines shown; ${shown.text}`);
    });
    // One quantity change at a time on line 100: to the new value painted (optimistic), and to
    // the server's line total shown.
    const timings = await cart.evaluate(async (rounds) => {
      const element = document.querySelector('tc-cart') as HTMLElement & { updateComplete: Promise<unknown> };
      const painted: number[] = [];
      const confirmed: number[] = [];
      const lineCount = element.shadowRoot!.querySelectorAll('[part~="line"]').length;
      for (let round = 0; round < rounds; round++) {
        const line = element.shadowRoot!.querySelectorAll('[part~="line"]')[100]!;
        const input = line.querySelector('[part~="quantity"]') as HTMLInputElement;
        const total = () => line.querySelector('[part~="line-total"]')?.textContent;
        const before = total();
        const step = Number(input.step) || 1;
        const value = Number(input.value) + (round % 2 ? -step : step);
        const start = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await element.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        painted.push(performance.now() - start);
        const deadline = performance.now() + 5000;
        while (total() === before && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
        confirmed.push(performance.now() - start);
      }
      return { lineCount, painted, confirmed };
    }, CART_ROUNDS);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    results.cartQuantityChange = {
      lines: timings.lineCount,
      rounds: CART_ROUNDS,
      msToPaintedMedian: Math.round(median(timings.painted) * 10) / 10,
      msToPaintedMax: Math.round(Math.max(...timings.painted) * 10) / 10,
      msToServerTotalMedian: Math.round(median(timings.confirmed) * 10) / 10,
    };
  }
} finally {
  await browser.close();
  await vite.close();
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
  await db.close();
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/interactions.json'), JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
