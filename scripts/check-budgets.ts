// `npm run check:budgets` (and a suite of `npm test`): builds every browser output (the embed with
// its chunks, the all-in-one embed file, the library build, one self-contained bundle per element,
// the shared runtime), prints gzip and brotli sizes, and fails when one exceeds its budget in
// bench/budgets.json or carries server-only or schema-validation code. For the embed it reports
// what every page loads first, what each demo page's tags pull in (from the chunk graph), every
// chunk, everything together and the all-in-one file. Writes .test-results/budgets.json, one
// "test" per check, and bench/results/bundle.json for the bench report.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Rolldown } from 'vite';
import { browserPlugins, finalOutput } from './browser-build.js';
import { demoPages, embedCost, pageCost, type Cost, type EmbedCost } from './embed-cost.js';
import { sizeOf } from './sizes.js';

export { sizeOf };

const root = fileURLToPath(new URL('..', import.meta.url));

interface Budget {
  gzip: number;
  goal?: number;
}

export interface Budgets {
  embed: { entry: Budget; heaviestPage: Budget; everything: Budget; bundle: Budget };
  runtime: { gzip: number };
  elements: Record<string, { gzip: number; goal?: number }>;
  forbidden: { packages: string[]; folders: string[] };
}

export interface Output {
  name: string;
  /** The JavaScript a page loads at first: the entry chunk (or every chunk of the library build). */
  code: string;
  /** Chunks loaded only on demand (the Romanian messages, fetched when the locale is Romanian). */
  lazyCode: string;
  moduleIds: string[];
  imports: string[];
  chunks: Rolldown.OutputChunk[];
}

export interface Check {
  name: string;
  passed: boolean;
  detail: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A budget holds when the gzip size is at most the budget. */
export function checkBudget(name: string, gzip: number, budget: number): Check {
  return { name: `${name} ≤ ${kb(budget)} gzip`, passed: gzip <= budget, detail: `${kb(gzip)} of ${kb(budget)}` };
}

/** Which modules or imports of an output are server-only or schema code, if any. */
export function forbiddenIn(output: Output, forbidden: Budgets['forbidden']): string[] {
  const found: string[] = [];
  const normal = (id: string) => id.replace(/\\/g, '/').replace(/^\0/, '');
  for (const id of output.moduleIds.map(normal)) {
    const inPackage = forbidden.packages.find((name) => id.includes(`/node_modules/${name}/`));
    if (inPackage) found.push(`${inPackage} (${id.slice(id.lastIndexOf('node_modules/'))})`);
    const inFolder = forbidden.folders.find((folder) => id.startsWith(`${root}${folder}/`));
    if (inFolder) found.push(id.slice(root.length));
  }
  const builtins = new Set(builtinModules);
  for (const specifier of output.imports) {
    if (specifier.startsWith('node:') || builtins.has(specifier)) found.push(`import of ${specifier}`);
    if (forbidden.packages.some((name) => specifier === name || specifier.startsWith(`${name}/`))) found.push(`import of ${specifier}`);
  }
  // Imports left in the code itself, e.g. a dynamic import("node:fs") a bundler kept as it was.
  for (const match of `${output.code}\n${output.lazyCode}`.matchAll(/(?:from\s*|import\s*\(\s*)["'](node:[\w/]+)["']/g)) found.push(`import of ${match[1]}`);
  return [...new Set(found)];
}

function collect(name: string, result: Awaited<ReturnType<typeof build>>, onDemand = false): Output {
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  const loadedAtFirst = (chunk: Rolldown.OutputChunk) => !onDemand || chunk.isEntry;
  return {
    name,
    code: chunks.filter(loadedAtFirst).map((chunk) => chunk.code).join('\n'),
    lazyCode: chunks.filter((chunk) => !loadedAtFirst(chunk)).map((chunk) => chunk.code).join('\n'),
    moduleIds: chunks.flatMap((chunk) => chunk.moduleIds),
    imports: chunks.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]),
    chunks,
  };
}

/**
 * Bundles one entry with everything it imports, minified, as a plain page would load it: one file,
 * but what the code imports on demand (`import()`: the Romanian messages) is a chunk of its own,
 * as a bundler makes of the npm build, and is not counted in the entry's size.
 */
async function selfContained(name: string, entry: string): Promise<Output> {
  const config: InlineConfig = {
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: browserPlugins(),
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: { output: { ...finalOutput } },
    },
  };
  return collect(name, await build(config), true);
}

/** The project's own builds (vite.config.ts), in memory: the library build, the embed and its all-in-one file. */
async function projectBuild(name: string, mode: string): Promise<Output> {
  return collect(name, await build({ root, mode, logLevel: 'silent', build: { write: false } }));
}

export function elementNames(): string[] {
  const folder = join(root, 'src/elements');
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, `${name}.ts`)))
    .sort();
}

export async function measureBrowserOutputs() {
  const embed = await projectBuild('embed', 'embed');
  const embedBundle = await projectBuild('embed all-in-one', 'embed-bundle');
  const library = await projectBuild('library', 'production');
  const runtime = await selfContained('runtime', 'bench/runtime-entry.ts');
  const elements: Output[] = [];
  for (const name of elementNames()) elements.push(await selfContained(name, `src/elements/${name}/${name}.ts`));
  return { embed, embedBundle, library, runtime, elements };
}

export interface EmbedReport {
  cost: EmbedCost;
  pages: (Cost & { page: string; tags: string[] })[];
  bundle: ReturnType<typeof sizeOf>;
  budgets: Budgets['embed'];
}

async function main() {
  const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')) as Budgets;
  const { embed, embedBundle, library, runtime, elements } = await measureBrowserOutputs();
  const checks: Check[] = [];
  const rows: { name: string; raw: number; gzip: number; brotli: number; onDemandGzip?: number; budget?: number; goal?: number; goalMet?: boolean }[] = [];
  const goals: { name: string; gzip: number; goal: number }[] = [];

  const sized = (output: Output, budget: number | undefined, goal?: number) => {
    const size = sizeOf(output.code);
    const onDemandGzip = output.lazyCode ? sizeOf(output.lazyCode).gzip : undefined;
    rows.push({ name: output.name, ...size, onDemandGzip, budget, goal, goalMet: goal === undefined ? undefined : size.gzip <= goal });
    if (budget !== undefined) checks.push(checkBudget(output.name, size.gzip, budget));
    if (goal !== undefined) goals.push({ name: output.name, gzip: size.gzip, goal });
  };

  // The embed: what a page loads first, per demo page, everything, the all-in-one file.
  const cost = embedCost(embed.chunks, root);
  const pages = demoPages(root, Object.keys(cost.tags)).map(({ page, tags }) => ({ page, ...pageCost(cost, tags) }));
  const heaviest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const bundle = sizeOf(embedBundle.code);
  const embedBudgets = budgets.embed;
  const held = (name: string, gzip: number, budget: Budget) => {
    checks.push(checkBudget(name, gzip, budget.gzip));
    if (budget.goal !== undefined) goals.push({ name, gzip, goal: budget.goal });
  };
  held('embed entry (every page first)', cost.entry.gzip, embedBudgets.entry);
  held(`embed heaviest demo page (${heaviest.page})`, heaviest.gzip, embedBudgets.heaviestPage);
  held('embed everything (all chunks)', cost.everything.gzip, embedBudgets.everything);
  held('embed all-in-one file', bundle.gzip, embedBudgets.bundle);
  checks.push({
    name: 'embed: every element in src/elements is a chunk of its own the autoloader loads',
    passed: cost.tagsWithoutChunk.length === 0 && Object.keys(cost.tags).length > 0,
    detail: cost.tagsWithoutChunk.length ? `no chunk for ${cost.tagsWithoutChunk.join(', ')}` : `${Object.keys(cost.tags).length} tags`,
  });
  checks.push({
    name: 'embed: no element code in what every page loads first',
    passed: cost.elementCodeInEntry.length === 0,
    detail: cost.elementCodeInEntry.length ? cost.elementCodeInEntry.slice(0, 5).join(', ') : `${cost.entry.files.length} files`,
  });
  checks.push({
    name: 'embed: the Romanian messages are a chunk of their own',
    passed: cost.romanian.files.length === 1 && !cost.entry.files.includes(cost.romanian.files[0]!),
    detail: cost.romanian.files.join(', ') || 'no Romanian chunk',
  });
  const embedReport: EmbedReport = { cost, pages, bundle, budgets: embedBudgets };

  sized(runtime, budgets.runtime.gzip);
  for (const element of elements) {
    const budget = budgets.elements[element.name] ?? budgets.elements['*'];
    sized({ ...element, name: `element ${element.name}` }, budget?.gzip, budget?.goal);
  }
  let skipped = 0;
  for (const name of Object.keys(budgets.elements).filter((key) => key !== '*')) {
    if (!elements.some((element) => element.name === name)) {
      skipped++;
      console.log(`(skipped: element ${name} has a budget but src/elements/${name}/${name}.ts does not exist on this branch yet)`);
    }
  }
  // The check must be able to fail: a bundle that does import zod has to be caught.
  const canary = forbiddenIn(await selfContained('canary', 'bench/forbidden-canary.ts'), budgets.forbidden);
  checks.push({ name: 'the forbidden-code check catches zod in a canary bundle', passed: canary.some((found) => found.startsWith('zod')), detail: canary.length ? `${canary.length} findings, e.g. ${canary[0]}` : 'nothing found' });
  for (const output of [embed, embedBundle, library, runtime, ...elements]) {
    const found = forbiddenIn(output, budgets.forbidden);
    checks.push({
      name: `${output.name}: no server-only or schema code`,
      passed: found.length === 0,
      detail: found.length ? found.slice(0, 8).join(', ') : `${output.moduleIds.length} modules clean`,
    });
  }

  const size = (item: { raw: number; gzip: number; brotli: number }) => kb(item.raw).padStart(10) + kb(item.gzip).padStart(10) + kb(item.brotli).padStart(10);
  console.log('\nembed (sums of per-file sizes)'.padEnd(50) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10) + 'files'.padStart(7) + 'budget'.padStart(10) + 'goal'.padStart(10));
  const embedLine = (name: string, item: Cost | ReturnType<typeof sizeOf>, budget?: Budget) =>
    console.log(name.padEnd(49) + size(item) + String('files' in item ? item.files.length : 1).padStart(7) + (budget ? kb(budget.gzip) : '').padStart(10) + (budget?.goal ? kb(budget.goal) : '').padStart(10));
  embedLine('every page first: entry + runtime', cost.entry, embedBudgets.entry);
  for (const page of pages) embedLine(`page ${page.page}${page === heaviest ? ' (heaviest)' : ''}`, page, page === heaviest ? embedBudgets.heaviestPage : undefined);
  embedLine('everything: every file of the embed', cost.everything, embedBudgets.everything);
  embedLine('all-in-one: tradecounter.bundle.js', bundle, embedBudgets.bundle);
  embedLine('Romanian messages (when the locale is ro)', cost.romanian);
  console.log('\nembed chunks a tag adds to the entry'.padEnd(50) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10) + 'files'.padStart(7));
  for (const [tag, item] of Object.entries(cost.tags)) embedLine(`<${tag}>: ${item.files.map((file) => file.replace(/^chunks\/|-[\w-]{8}\.js$/g, '')).join(' + ')}`, item);
  for (const page of pages) console.log(`${page.page}: ${page.tags.join(' ')}`);

  console.log('\nbrowser output'.padEnd(34) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10) + 'budget'.padStart(10) + 'on demand'.padStart(11));
  for (const row of rows) {
    console.log(row.name.padEnd(33) + kb(row.raw).padStart(10) + kb(row.gzip).padStart(10) + kb(row.brotli).padStart(10) + (row.budget ? kb(row.budget) : '').padStart(10) + (row.onDemandGzip ? kb(row.onDemandGzip) : '').padStart(11));
  }
  console.log('(runtime: lit + base + portal + client + stores + i18n; element: self-contained with Lit, in English, as a bundler');
  console.log(' makes of the npm build; "on demand": gzip of the Romanian messages it fetches when the locale is Romanian)\n');
  for (const check of checks) console.log(`${check.passed ? '✔' : '✖'} ${check.name}: ${check.detail}`);
  for (const goal of goals) {
    const met = goal.gzip <= goal.goal;
    console.log(`${met ? '✔' : '⚠'} goal: ${goal.name} ≤ ${kb(goal.goal)} gzip: ${kb(goal.gzip)}${met ? '' : ' (goal missed; the ceiling above still holds)'}`);
  }

  const failed = checks.filter((check) => !check.passed).length;
  mkdirSync(join(root, '.test-results'), { recursive: true });
  writeFileSync(join(root, '.test-results/budgets.json'), JSON.stringify({ suite: 'budgets', passed: checks.length - failed, failed, skipped }) + '\n');
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/bundle.json'), JSON.stringify({ embed: embedReport, rows, goals, checks }, null, 2) + '\n');
  console.log(`\nbudgets: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
