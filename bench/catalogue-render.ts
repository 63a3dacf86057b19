// `npm run bench:catalogue`: <tc-catalogue> in headless Chromium over the reference back end with
// 50,000 products (BENCH_PRODUCTS to change): time to first cards, DOM nodes and JS heap after
// scrolling to the end, frame times while scrolling; and the first render of 48 cards from the
// store against a hand-built vanilla-DOM baseline in the same page. Prints the figures and writes
// bench/results/catalogue.json. Absolute times drift on a shared machine; the ratio is the figure
// to compare between runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { createApp } from '../server/app.js';
import { configFromEnv } from '../server/config.js';
import { connect } from '../server/db/connect.js';
import { DEMO_PASSWORD, seedDemo } from '../server/seed/demo.js';
import { seedLarge } from '../server/seed/large.js';
import { browserPlugins } from '../scripts/browser-build.js';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
/** First renders in a fresh page, per side (each pair loads the page twice). */
const COLD_PAIRS = Number(process.env.BENCH_COLD_PAIRS ?? 3);
const here = fileURLToPath(new URL('.', import.meta.url));
const pageOut = join(here, '.build');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]!;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Medians of both sides' times (to laid out, and main thread) and their ratios. */
const sideBySide = (samples: { catalogue: number[]; vanilla: number[]; catalogueCpu: number[]; vanillaCpu: number[] }) => ({
  catalogueMs: round(median(samples.catalogue)),
  vanillaMs: round(median(samples.vanilla)),
  ratio: round(median(samples.catalogue) / median(samples.vanilla), 2),
  catalogueMainThreadMs: round(median(samples.catalogueCpu)),
  vanillaMainThreadMs: round(median(samples.vanillaCpu)),
  mainThreadRatio: round(median(samples.catalogueCpu) / median(samples.vanillaCpu), 2),
});

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((entry) => entry.name === name)?.value ?? 0;
}

/** Main-thread busy time (s → ms) spent while `work` runs. */
async function mainThreadTime<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const before = await metric(cdp, 'TaskDuration');
  const result = await work();
  return { result, ms: (await metric(cdp, 'TaskDuration') - before) * 1000 };
}

/** BENCH_PROFILE=1: where the catalogue's first render spends its time (top functions by self time). */
async function profileCatalogueRender(cdp: CDPSession, render: () => Promise<unknown>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 5; i++) await render();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  (profile.samples ?? []).forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
  });
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  (profile.samples ?? []).forEach((id, index) => {
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const frame = byId.get(node)!.callFrame;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
      seen.add(key);
    }
  });
  console.log('  inclusive:');
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

/**
 * BENCH_TRACE=1: where the main thread's time goes in a few renders of each side (script, style,
 * layout, paint…), from a Chromium trace: self time of the top-level task's events by name.
 */
async function traceRenders(browser: Browser, page: Page, render: () => Promise<unknown>, label: string) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  for (let i = 0; i < 5; i++) await render();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; dur?: number; tid: number; ts: number; args?: { name?: string } }[] };
  const main = trace.traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')?.tid;
  const events = trace.traceEvents.filter((event) => event.ph === 'X' && event.tid === main && event.dur);
  const totals = new Map<string, number>();
  for (const name of ['RunTask', 'FunctionCall', 'EvaluateScript', 'V8.Execute', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'HitTest', 'ParseHTML', 'ResizeObserver', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'RecalculateStyles', 'ScheduleStyleRecalculation', 'Commit', 'IntersectionObserverController::computeIntersections']) {
    const sum = events.filter((event) => event.name === name).reduce((total, event) => total + event.dur!, 0);
    if (sum) totals.set(name, sum / 1000 / 5);
  }
  console.log(`  trace per render, ${label}: ${[...totals].map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}`);
  if (process.env.BENCH_TRACE === 'sequence') {
    const shown = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'ResizeObserver', 'FireAnimationFrame', 'FunctionCall', 'TimerFire']);
    const last = events.filter((event) => shown.has(event.name)).slice(-60);
    const start = last[0]?.ts ?? 0;
    console.log(last.map((event) => `    +${((event.ts - start) / 1000).toFixed(1)} ${event.name} ${(event.dur! / 1000).toFixed(1)}`).join('\n'));
  }
}

console.log(`Catalogue render benchmark: ${PRODUCTS.toLocaleString('en')} products`);

// The back end: demo data grown to PRODUCTS products for Baltic Build (the standard price list).
const db = await connect({});
await seedDemo(db);
const started = performance.now();
await seedLarge(db, PRODUCTS);
const seedMs = performance.now() - started;
const server = serve({ fetch: createApp(db, { ...configFromEnv({}), corsOrigins: '*' }).fetch, port: 0, hostname: '127.0.0.1' }) as Server;
await new Promise<void>((resolve) => server.once('listening', resolve));
const backEnd = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
console.log(`  seeded in ${Math.round(seedMs)} ms; back end on ${backEnd}`);

// The page, built for production (no Lit dev mode), served from disk through the browser's router
// under the back end's own origin (a page elsewhere may not call a loopback address).
await build({
  configFile: false,
  root: join(here, 'page'),
  logLevel: 'warn',
  plugins: browserPlugins(),
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  base: './',
  // BENCH_NO_MINIFY=1 keeps function names for BENCH_PROFILE.
  build: { outDir: pageOut, emptyOutDir: true, target: 'es2022', minify: !process.env.BENCH_NO_MINIFY },
});

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  await page.route(`${backEnd}/bench/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/bench\/?/, '');
    const file = join(pageOut, path === '' ? 'index.html' : path);
    route.fulfill({ body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' }).catch(() => {});
  });
  page.on('pageerror', (error) => console.error('  page error:', error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${backEnd}/bench/`);
  await page.waitForSelector('body[data-ready]');
  type Bench = Record<string, (...args: never[]) => Promise<unknown>>;

  // BENCH_RENDER_ONLY=1 skips the 50,000-product part (for quick comparisons of the 48-card render).
  const renderOnly = Boolean(process.env.BENCH_RENDER_ONLY);
  const noFigures = { ms: NaN, total: 0, nodes: 0, documentNodes: 0, frames: [NaN], maxNodes: 0, lastName: '', scrollY: 0 };
  // 1. Time to first cards over the real back end.
  const first = renderOnly ? noFigures :  (await page.evaluate(
    ([api, password]) => (window as unknown as { bench: Bench }).bench.firstCards!(api as never, 'liis@balticbuild.example' as never, password as never, 3 as never),
    [backEnd, DEMO_PASSWORD],
  )) as { ms: number; total: number; nodes: number; documentNodes: number };
  console.log(`  first cards after ${Math.round(first.ms)} ms (${first.total} products; ${first.nodes} nodes in the shadow root)`);

  // 2. Scrolling: a steady fast scroll, then a jump to the very end.
  const scrolled = renderOnly ? noFigures : (await page.evaluate(() => (window as unknown as { bench: Bench }).bench.scroll!(4000 as never, 600 as never))) as {
    frames: number[]; maxNodes: number;
  };
  const end = renderOnly ? noFigures : (await page.evaluate(() => (window as unknown as { bench: Bench }).bench.toEnd!())) as {
    ms: number; lastName: string; nodes: number; documentNodes: number; scrollY: number;
  };
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await metric(cdp, 'JSHeapUsedSize');
  console.log(`  scrolling: p95 frame ${round(percentile(scrolled.frames, 0.95))} ms, median ${round(median(scrolled.frames))} ms over ${scrolled.frames.length} frames; at most ${scrolled.maxNodes} nodes`);
  console.log(`  end reached: "${end.lastName}" after ${Math.round(end.ms)} ms; ${end.nodes} nodes in the shadow root, ${end.documentNodes} in the document; JS heap ${round(heap / 1048576)} MB`);
  await page.evaluate(() => (window as unknown as { bench: Bench }).bench.unmount!());

  // 3. First render of 48 cards from data already in the store, against the vanilla baseline,
  //    alternating so drift on a shared machine hits both alike.
  await page.setViewportSize({ width: 1280, height: 7000 });
  // A result of exactly 48 products: the list holds the 48 cards and no placeholder row or second page.
  await page.evaluate(() => (window as unknown as { bench: Bench }).bench.prepareRender!(48 as never));
  const unmount = () => page.evaluate(() => (window as unknown as { bench: Bench }).bench.unmount!());
  if (process.env.BENCH_TRACE) {
    await traceRenders(browser, page, () => page.evaluate(() => (window as unknown as { bench: Bench }).bench.renderCatalogue!()).then(unmount), 'tc-catalogue');
    await traceRenders(browser, page, () => page.evaluate(() => (window as unknown as { bench: Bench }).bench.renderVanilla!(48 as never)).then(unmount), 'vanilla');
  }
  if (process.env.BENCH_PROFILE) await profileCatalogueRender(cdp, () => page.evaluate(() => (window as unknown as { bench: Bench }).bench.renderCatalogue!()).then(unmount));
  /**
   * Warm renders of the catalogue and of the vanilla baseline, alternating so drift on a shared
   * machine hits both alike, after two pairs of warm-up (code compiled, caches filled). `total` is
   * the size of the result whose first 48 products are in the store.
   */
  async function compare(total: number, rounds: number) {
    const samples = { catalogue: [] as number[], vanilla: [] as number[], catalogueCpu: [] as number[], vanillaCpu: [] as number[] };
    for (let round = 0; round < rounds + 2; round++) {
      const lit = await renderOnce('catalogue', total);
      const vanilla = await renderOnce('vanilla', total);
      if (round < 2) continue;
      samples.catalogue.push(lit.result.ms);
      samples.vanilla.push(vanilla.result.ms);
      samples.catalogueCpu.push(lit.ms);
      samples.vanillaCpu.push(vanilla.ms);
    }
    return { rounds, ...sideBySide(samples) };
  }
  /** One render of either side, its main-thread time, then the stage emptied (not measured). */
  async function renderOnce(side: 'catalogue' | 'vanilla', total: number) {
    const measured = await mainThreadTime(cdp, () =>
      (side === 'catalogue'
        ? page.evaluate(() => (window as unknown as { bench: Bench }).bench.renderCatalogue!())
        : page.evaluate((size) => (window as unknown as { bench: Bench }).bench.renderVanilla!(size as never), total)) as Promise<{ ms: number; count: number }>,
    );
    await unmount();
    if (measured.result.count < 48) throw new Error(`${side} rendered ${measured.result.count} cards, not 48`);
    return measured;
  }
  /**
   * The first render in a page: each side in a freshly loaded page of its own (the same bundle, the
   * store prepared alike), so each pays its own first-use costs (compiling its code, parsing the
   * style sheets, making number formats) and neither inherits the other's. Median of COLD_PAIRS.
   */
  async function coldFirstRender() {
    const samples = { catalogue: [] as number[], vanilla: [] as number[], catalogueCpu: [] as number[], vanillaCpu: [] as number[] };
    for (let pair = 0; pair < COLD_PAIRS; pair++) {
      for (const side of ['catalogue', 'vanilla'] as const) {
        await page.reload();
        await page.waitForSelector('body[data-ready]');
        await page.evaluate(() => (window as unknown as { bench: Bench }).bench.prepareRender!(48 as never));
        const measured = await renderOnce(side, 48);
        samples[side].push(measured.result.ms);
        samples[`${side}Cpu`].push(measured.ms);
      }
    }
    return { pairs: COLD_PAIRS, ...sideBySide(samples) };
  }
  const cold = await coldFirstRender();
  // The page as the cold renders left it: the store holds a result of exactly 48 products.
  const render = { ...(await compare(48, ROUNDS)), coldFirstRender: cold };
  // The same first page as the head of a 50,000-product result: the same path, with the virtual
  // list of the rest made after it (the baseline still builds 48 cards, saying "of 50,000").
  await page.evaluate(() => (window as unknown as { bench: Bench }).bench.prepareRender!(50_000 as never));
  const ofLargeResult = await compare(50_000, ROUNDS);
  // In a tall viewport the virtual list fills the space below the first page (placeholders while
  // page 2 loads), work the baseline does not do; in an ordinary one it starts below the fold.
  await page.setViewportSize({ width: 1280, height: 900 });
  const ofLargeResultIn900 = await compare(50_000, ROUNDS);
  console.log(`  48 cards from the store: tc-catalogue ${render.catalogueMs} ms vs vanilla ${render.vanillaMs} ms to laid out (×${render.ratio});`);
  console.log(`    main-thread time per render: ${render.catalogueMainThreadMs} ms vs ${render.vanillaMainThreadMs} ms (×${render.mainThreadRatio}; goal ≤ 1.3)`);
  console.log(`    the first render in a fresh page (cold, median of ${cold.pairs}): ×${cold.ratio} to laid out, ×${cold.mainThreadRatio} main thread (${cold.catalogueMainThreadMs} ms vs ${cold.vanillaMainThreadMs} ms)`);
  console.log(`    the first 48 of a 50,000-product result: ×${ofLargeResult.ratio} to laid out, ×${ofLargeResult.mainThreadRatio} main thread (${ofLargeResult.catalogueMainThreadMs} ms vs ${ofLargeResult.vanillaMainThreadMs} ms)`);
  console.log(`      in a 1280×900 viewport: ×${ofLargeResultIn900.ratio} to laid out, ×${ofLargeResultIn900.mainThreadRatio} main thread (${ofLargeResultIn900.catalogueMainThreadMs} ms vs ${ofLargeResultIn900.vanillaMainThreadMs} ms)`);

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverage: loadavg().map((value) => round(value)) },
    products: PRODUCTS,
    seedMs: Math.round(seedMs),
    firstCardsMs: Math.round(first.ms),
    scroll: {
      frames: scrolled.frames.length,
      p95FrameMs: round(percentile(scrolled.frames, 0.95)),
      medianFrameMs: round(median(scrolled.frames)),
      maxShadowNodesWhileScrolling: scrolled.maxNodes,
    },
    end: {
      msToLastProduct: Math.round(end.ms),
      shadowNodesAtStart: first.nodes,
      shadowNodesAtEnd: end.nodes,
      documentNodesAtEnd: end.documentNodes,
      jsHeapMbAfterScrolling: round(heap / 1048576),
    },
    firstRender48: { ...render, ofLargeResult, ofLargeResultIn900 },
  };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'catalogue.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('  wrote bench/results/catalogue.json');
} finally {
  await browser.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
}
