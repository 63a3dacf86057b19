// `npm run bench`: every benchmark in one run (bundle sizes and budgets, rendering in headless
// Chromium, the back end under load), then bench/results/latest.md and latest.json, printed too.
// Ratios are measured side by side in this one run; absolute times drift on a shared machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiLoad, type DatabaseResult } from './api-load.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = join(root, 'bench/results');
mkdirSync(results, { recursive: true });
const started = performance.now();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Runs a bench script in its own process and reads the JSON it wrote; undefined when it failed. */
function script(file: string, output: string, env: NodeJS.ProcessEnv = {}): { json?: unknown; status: number | null; seconds: number } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, file)], { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit', timeout: 300_000 });
  const path = join(results, output);
  const json = run.status === 0 && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  return { json, status: run.status, seconds: (performance.now() - start) / 1000 };
}

/** Every leaf of a JSON value as `a.b.c | value` rows, for results whose shape another bench owns. */
function flatten(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix, String(value)]];
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

const report: string[] = [];
const line = (text = '') => report.push(text);

console.log('\n── bundle sizes and budgets ──');
const bundle = script('scripts/check-budgets.ts', 'bundle.json');

// BENCH_BUNDLE_ONLY=1: the bundle part alone (seconds, not minutes), e.g. after a build change.
const bundleOnly = Boolean(process.env.BENCH_BUNDLE_ONLY);
const catalogueBench = !bundleOnly && existsSync(join(root, 'bench/catalogue-render.ts'));
let catalogue: ReturnType<typeof script> | undefined;
if (catalogueBench) {
  console.log('\n── catalogue rendering (headless Chromium) ──');
  catalogue = script('bench/catalogue-render.ts', 'catalogue.json');
}

const interactionsBench = !bundleOnly && existsSync(join(root, 'bench/interactions.ts'));
let interactions: ReturnType<typeof script> | undefined;
if (interactionsBench) {
  console.log('\n── search as you type, cart quantity change (headless Chromium) ──');
  interactions = script('bench/interactions.ts', 'interactions.json');
}

console.log('\n── back end under load ──');
let api: DatabaseResult[] = [];
let apiError: string | undefined;
try {
  if (!bundleOnly) api = await apiLoad();
} catch (error) {
  apiError = (error as Error).stack ?? String(error);
  console.error(apiError);
}

const seconds = (performance.now() - started) / 1000;
line(`# Tradecounter benchmarks`);
line();
line(`${new Date().toISOString()} · ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}) · load ${loadavg().map((value) => value.toFixed(1)).join(' ')} · Node ${process.version} · whole run ${seconds.toFixed(0)} s (goal < 600 s)`);
line();
line('## Bundle (gzip -9 / brotli; budgets in bench/budgets.json, enforced by `npm test`)');
line();
interface SizeRow { raw: number; gzip: number; brotli: number; files?: string[] }
interface Budget { gzip: number; goal?: number }
const bundleJson = bundle.json as
  | {
      embed: {
        cost: { entry: SizeRow; tags: Record<string, SizeRow>; romanian: SizeRow; everything: SizeRow };
        pages: (SizeRow & { page: string; tags: string[] })[];
        bundle: SizeRow;
        budgets: { entry: Budget; heaviestPage: Budget; everything: Budget; bundle: Budget };
      };
      rows: { name: string; raw: number; gzip: number; brotli: number; onDemandGzip?: number; budget?: number; goal?: number; goalMet?: boolean }[];
      checks: { name: string; passed: boolean; detail: string }[];
    }
  | undefined;
if (bundleJson) {
  const { cost, pages, bundle: allInOne, budgets } = bundleJson.embed;
  const heaviest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const goal = (row: SizeRow, budget?: Budget) => (budget?.goal ? `${kb(budget.goal)} ${row.gzip <= budget.goal ? 'met' : '**missed**'}` : '');
  const embedRow = (name: string, row: SizeRow, budget?: Budget, note = '') =>
    line(`| ${name} | ${row.files?.length ?? 1} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${budget ? kb(budget.gzip) : ''} | ${goal(row, budget)} | ${note} |`);
  line('The embed: `<script type="module" src=".../tradecounter.js">` loads a small entry and the shared runtime; its autoloader fetches one chunk per tag on the page (dist/embed/chunks/). Sizes are summed per file, as a browser fetches them.');
  line();
  line('| what | files | raw | gzip | brotli | budget | goal | tags |');
  line('|---|---:|---:|---:|---:|---:|---:|---|');
  embedRow('every page first: entry + runtime', cost.entry, budgets.entry);
  for (const page of pages) embedRow(`page ${page.page}${page === heaviest ? ' (heaviest)' : ''}`, page, page === heaviest ? budgets.heaviestPage : undefined, page.tags.join(' '));
  embedRow('everything: every file of the embed', cost.everything, budgets.everything, 'no page loads it all');
  embedRow('all-in-one: tradecounter.bundle.js', allInOne, budgets.bundle, 'every tag and Romanian in one file');
  embedRow('Romanian messages, when the locale is ro', cost.romanian);
  line();
  const goalBytes = budgets.everything.goal ?? 40 * 1024;
  line(`Everything together is ${kb(cost.everything.gzip)} gzip (the all-in-one file ${kb(allInOne.gzip)}) against issue 6's ${kb(goalBytes)} goal: ${Math.min(cost.everything.gzip, allInOne.gzip) <= goalBytes ? 'met' : '**missed**'}; what a page loads first is ${kb(cost.entry.gzip)}, the heaviest demo page ${kb(heaviest.gzip)} (${heaviest.page}).`);
  line();
  line('| a tag adds to the entry | files | raw | gzip | brotli |');
  line('|---|---:|---:|---:|---:|');
  for (const [tag, row] of Object.entries(cost.tags)) line(`| \`<${tag}>\` (${row.files!.map((file) => file.replace(/^chunks\/|-[\w-]{8}\.js$/g, '')).join(' + ')}) | ${row.files!.length} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`);
  line();
  line('| self-contained build | raw | gzip | brotli | budget | goal | Romanian, loaded on demand (gzip) |');
  line('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of bundleJson.rows) {
    line(`| ${row.name} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.budget ? kb(row.budget) : ''} | ${row.goal ? `${kb(row.goal)} ${row.goalMet ? 'met' : '**missed**'}` : ''} | ${row.onDemandGzip ? kb(row.onDemandGzip) : ''} |`);
  }
  line();
  line('The runtime and each element bundle are what a bundler makes of the npm build for a page, in English, Romanian arriving as a separate chunk when the locale is Romanian.');
  line();
  const failed = bundleJson.checks.filter((check) => !check.passed);
  line(`${bundleJson.checks.length - failed.length} of ${bundleJson.checks.length} checks pass (budgets, the embed's chunk graph, no server-only or schema code in any browser output).${failed.map((check) => `\n- FAILED ${check.name}: ${check.detail}`).join('')}`);
} else line(`The bundle check failed (exit ${bundle.status}).`);
line();

line('## Rendering (headless Chromium)');
line();
if (!catalogueBench) line('Catalogue rendering: bench/catalogue-render.ts is not on this branch yet.');
else if (catalogue?.json) {
  line(`Catalogue (bench/catalogue-render.ts, ${catalogue.seconds.toFixed(0)} s):`);
  line();
  line('| figure | value |');
  line('|---|---:|');
  for (const [key, value] of flatten(catalogue.json)) line(`| ${key} | ${value} |`);
} else line(`Catalogue rendering failed (exit ${catalogue?.status}).`);
line();
if (!interactionsBench) line('Search as you type and cart quantity change: bench/interactions.ts is not on this branch yet.');
else if (interactions?.json) {
  line('| figure | value |');
  line('|---|---:|');
  for (const [key, value] of flatten(interactions.json)) line(`| ${key} | ${value} |`);
} else line(`Interactions bench failed (exit ${interactions?.status}).`);
line();

line('## Back end under load (127.0.0.1)');
line();
if (apiError) line(`The load bench failed: ${apiError.split('\n')[0]}`);
for (const result of api) {
  if (result.skipped) {
    line(`${result.database}: skipped: ${result.skipped}`);
    line();
    continue;
  }
  const { api: http, sql, overhead, data, orders } = result;
  line(`### ${result.database}: ${data!.products.toLocaleString('en')} products, ${data!.customers} customers, ${data!.priceLists} price lists, ${data!.priceListItems.toLocaleString('en')} list prices (generated in ${data!.seconds} s)`);
  line();
  line(`Catalogue page (48 items, one category, search "heavy", sort by name) at concurrency ${result.concurrency} for ${result.seconds} s:`);
  line();
  line('| path | requests/s | p50 ms | p95 ms | p99 ms | count |');
  line('|---|---:|---:|---:|---:|---:|');
  line(`| API over HTTP (autocannon) | ${http!.perSecond} | ${http!.p50} | ${http!.p95} | ${http!.p99} | ${http!.count}${http!.errors ? ` (${http!.errors} errors)` : ''} |`);
  line(`| same SQL through the driver | ${sql!.perSecond} | ${sql!.p50} | ${sql!.p95} | ${sql!.p99} | ${sql!.count} |`);
  line();
  line(overhead ? `API overhead: p50 ×${overhead.p50} of the SQL's, throughput ×${overhead.throughput} lower.` : 'API overhead: not measured (no answers within the run).');
  line();
  const { searchIndex, conditional } = result;
  if (searchIndex) {
    line(`Catalogue search without and with migration 007's trigram indexes (${searchIndex.indexes.join(', ')}; built in ${searchIndex.buildSeconds} s), median of ${searchIndex.runs} runs one at a time, count and page queries together:`);
    line();
    line('| search | without ms | with ms | speed-up | plan uses the index |');
    line('|---|---:|---:|---:|---|');
    for (const name of Object.keys(searchIndex.with)) {
      const before = searchIndex.without[name]!;
      const after = searchIndex.with[name]!;
      line(`| ${name === 'page' ? 'the load test\'s page ("heavy" in one category)' : name === 'sku' ? 'a full SKU over the whole catalogue' : name} | ${before.medianMs} | ${after.medianMs} | ×${(before.medianMs / after.medianMs).toFixed(1)} | ${after.usesTrigramIndex ? 'yes' : 'no'} |`);
    }
    line();
  }
  if (conditional) {
    line(`Conditional request: first answer ${conditional.firstStatus} (${conditional.firstBytes} bytes, ETag ${conditional.etag ?? 'none'}), again with If-None-Match: ${conditional.secondStatus} (${conditional.secondBytes} bytes): **${conditional.passed ? 'ETag → 304 works' : 'FAILED'}**.`);
    line();
  }
  if (orders?.skipped) line(`Order placement: skipped: ${orders.skipped}.`);
  else if (orders) {
    line(`Order placement (${orders.workers} buyers at once, ${orders.seconds} s, one product with ${orders.initialStock} in stock): **${orders.ordersPerSecond} orders/s** (${orders.placed} placed; refused: ${JSON.stringify(orders.refused)}); placement p50 ${orders.latency?.p50} ms, p95 ${orders.latency?.p95} ms, p99 ${orders.latency?.p99} ms.`);
    for (const [kind, message] of Object.entries(orders.refusalExamples ?? {})) line(`- refused ${kind}: “${message}”`);
    line(`Oversell check: stock after ${orders.stockAfter}, reserved ${orders.reservedAfter} of ${orders.initialStock}, products with negative stock ${orders.negativeStockProducts}: **${orders.oversold ? 'OVERSOLD' : 'no oversell'}**.`);
  }
  line();
}

line('## Knobs');
line();
line('BENCH_PRODUCTS (render bench, 50,000), BENCH_ROUNDS (48-card renders, 15), BENCH_COLD_PAIRS (fresh-page first renders, 3), BENCH_RENDER_ONLY, BENCH_BUNDLE_ONLY, BENCH_TRACE, BENCH_PROFILE;');
line('BENCH_CONCURRENCY (4), BENCH_SECONDS (10 per load phase), BENCH_ORDER_WORKERS (16), BENCH_SEARCH_RUNS (5); TEST_DATABASE_URL (PostgreSQL maintenance database; each run creates and drops its own).');

const markdown = report.join('\n') + '\n';
writeFileSync(join(results, 'latest.md'), markdown);
writeFileSync(join(results, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), seconds, bundle: bundle.json, catalogue: catalogue?.json, interactions: interactions?.json, api }, null, 2) + '\n');
console.log('\n' + markdown);
console.log(`Written to bench/results/latest.md and latest.json in ${seconds.toFixed(0)} s.`);
const oversold = api.some((result) => result.orders?.oversold);
const conditionalFailed = api.some((result) => result.conditional && !result.conditional.passed);
process.exit(bundle.status === 0 && !apiError && !oversold && !conditionalFailed && (!catalogue || catalogue.status === 0) && (!interactions || interactions.status === 0) ? 0 : 1);
