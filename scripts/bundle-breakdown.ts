// `npx tsx scripts/bundle-breakdown.ts [entry]`: what the bytes of a browser output are. Bundles
// the entry (default: src/index.ts, as in the all-in-one embed file) minified as the budgets measure it, then
// attributes every byte of the output to its source module through the source map, and lists the
// shares by package or source folder and by module (gzip shares are the raw shares of the whole
// file's gzip size: an estimate, gzip works across module borders).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build, type Rolldown } from 'vite';
import { browserPlugins, finalOutput } from './browser-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = process.argv[2] ?? 'src/index.ts';
const result = (await build({
  configFile: false,
  root,
  logLevel: 'silent',
  plugins: browserPlugins(),
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    write: false,
    sourcemap: true,
    target: 'es2022',
    lib: { entry: join(root, entry), formats: ['es'], fileName: () => 'out.js' },
    rollupOptions: { output: { ...finalOutput, codeSplitting: false } },
  },
})) as Rolldown.RolldownOutput[];
const chunk = result[0]!.output.find((item): item is Rolldown.OutputChunk => item.type === 'chunk')!;
const consumer = new SourceMapConsumer(JSON.parse(chunk.map!.toString()));
const lines = chunk.code.split('\n');
const bytes = new Map<string, number>();
// Each mapping owns the bytes up to the next mapping on its line.
const mappings: { line: number; column: number; source: string | null }[] = [];
consumer.eachMapping((mapping) => mappings.push({ line: mapping.generatedLine, column: mapping.generatedColumn, source: mapping.source }));
mappings.sort((a, b) => a.line - b.line || a.column - b.column);
let attributed = 0;
for (let index = 0; index < mappings.length; index++) {
  const mapping = mappings[index]!;
  const next = mappings[index + 1];
  const end = next && next.line === mapping.line ? next.column : lines[mapping.line - 1]!.length;
  const source = (mapping.source ?? '(none)').replace(/^.*node_modules\//, '~').replace(/^(\.\.\/)+/, '').replace(root, '');
  bytes.set(source, (bytes.get(source) ?? 0) + end - mapping.column);
  attributed += end - mapping.column;
}
const total = Buffer.byteLength(chunk.code);
const gzip = gzipSync(chunk.code, { level: 9 }).length;
const groupOf = (name: string) => (name.startsWith('~') ? name.slice(1).split('/').slice(0, name.startsWith('~@') ? 2 : 1).join('/') : name.split('/').slice(0, name.startsWith('src/elements') ? 3 : 2).join('/'));
const groups = new Map<string, number>();
for (const [name, size] of bytes) groups.set(groupOf(name), (groups.get(groupOf(name)) ?? 0) + size);
const kb = (size: number) => `${(size / 1024).toFixed(1)} KB`.padStart(9);
const line = ([name, size]: [string, number]) => `${kb(size)} ${kb((size / total) * gzip)}  ${(((size / total) * 100).toFixed(1) + '%').padStart(6)}  ${name}`;
console.log(`${entry}: ${kb(total)} minified, ${kb(gzip)} gzip; ${kb(total - attributed)} without a source (the bundler's glue)\n\n      raw  ~gzip   share  group`);
for (const row of [...groups].sort((a, b) => b[1] - a[1])) console.log(line(row));
console.log('\n      raw  ~gzip   share  module');
for (const row of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(line(row));
