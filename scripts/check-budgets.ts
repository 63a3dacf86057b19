// `npm run check:budgets` (and a suite of `npm test`): builds every browser output (the one-file
// embed, the library build, one self-contained bundle per element, the shared runtime), prints
// gzip and brotli sizes, and fails when one exceeds its budget in bench/budgets.json or carries
// server-only or schema-validation code. Writes .test-results/budgets.json, one "test" per check.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Rolldown } from 'vite';
import { browserPlugins, finalOutput } from './browser-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface Budgets {
  embed: { gzip: number; goal?: number };
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
}

export interface Check {
  name: string;
  passed: boolean;
  detail: string;
}

export const sizeOf = (code: string) => {
  const bytes = Buffer.from(code);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
};

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

/** The project's own builds (vite.config.ts), in memory: the library build and the embed. */
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
  const library = await projectBuild('library', 'production');
  const runtime = await selfContained('runtime', 'bench/runtime-entry.ts');
  const elements: Output[] = [];
  for (const name of elementNames()) elements.push(await selfContained(name, `src/elements/${name}/${name}.ts`));
  return { embed, library, runtime, elements };
}

async function main() {
  const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')) as Budgets;
  const { embed, library, runtime, elements } = await measureBrowserOutputs();
  const checks: Check[] = [];
  const rows: { name: string; raw: number; gzip: number; brotli: number; onDemandGzip?: number; budget?: number; goal?: number; goalMet?: boolean }[] = [];

  const sized = (output: Output, budget: number | undefined, goal?: number) => {
    const size = sizeOf(output.code);
    const onDemandGzip = output.lazyCode ? sizeOf(output.lazyCode).gzip : undefined;
    rows.push({ name: output.name, ...size, onDemandGzip, budget, goal, goalMet: goal === undefined ? undefined : size.gzip <= goal });
    if (budget !== undefined) checks.push(checkBudget(output.name, size.gzip, budget));
  };
  sized(embed, budgets.embed.gzip, budgets.embed.goal);
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
  for (const output of [embed, library, runtime, ...elements]) {
    const found = forbiddenIn(output, budgets.forbidden);
    checks.push({
      name: `${output.name}: no server-only or schema code`,
      passed: found.length === 0,
      detail: found.length ? found.slice(0, 8).join(', ') : `${output.moduleIds.length} modules clean`,
    });
  }

  console.log('\nbrowser output'.padEnd(34) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10) + 'budget'.padStart(10) + 'on demand'.padStart(11));
  for (const row of rows) {
    console.log(row.name.padEnd(33) + kb(row.raw).padStart(10) + kb(row.gzip).padStart(10) + kb(row.brotli).padStart(10) + (row.budget ? kb(row.budget) : '').padStart(10) + (row.onDemandGzip ? kb(row.onDemandGzip) : '').padStart(11));
  }
  console.log('(embed: everything in one file, Romanian included; runtime: lit + base + portal + client + stores + i18n; element: self-contained with Lit,');
  console.log(' in English; "on demand": gzip of the Romanian messages it fetches when the locale is Romanian)\n');
  for (const check of checks) console.log(`${check.passed ? '✔' : '✖'} ${check.name}: ${check.detail}`);
  for (const row of rows.filter((row) => row.goal !== undefined)) {
    console.log(`${row.goalMet ? '✔' : '⚠'} goal: ${row.name} ≤ ${kb(row.goal!)} gzip: ${kb(row.gzip)}${row.goalMet ? '' : ' (goal missed; the ceiling above still holds)'}`);
  }

  const failed = checks.filter((check) => !check.passed).length;
  mkdirSync(join(root, '.test-results'), { recursive: true });
  writeFileSync(join(root, '.test-results/budgets.json'), JSON.stringify({ suite: 'budgets', passed: checks.length - failed, failed, skipped }) + '\n');
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/bundle.json'), JSON.stringify({ rows, checks }, null, 2) + '\n');
  console.log(`\nbudgets: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
