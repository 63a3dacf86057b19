// Prints the gzip and brotli size of every JavaScript file the build wrote, then what the embed
// costs: what every page loads first (the entry and the files it imports), all its files, and
// the all-in-one file. `npm run check:budgets` holds them to bench/budgets.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function* files(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.js')) yield path;
  }
}

/** Raw, gzip -9 and brotli bytes of some code. */
export const sizeOf = (code: string | Buffer) => {
  const bytes = Buffer.from(code);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
};

export const measure = (path: string) => sizeOf(readFileSync(path));

/** A built module and the files it imports statically (`from"./x.js"`, `import"./x.js"`), each once. */
function staticClosure(path: string, seen: string[] = []): string[] {
  if (seen.includes(path)) return seen;
  seen.push(path);
  for (const match of readFileSync(path, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) staticClosure(join(dirname(path), match[1]!), seen);
  return seen;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [...files('dist')].filter((path) => !path.includes('/types/')).sort();
  console.log('\nfile'.padEnd(44) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10));
  const line = (name: string, size: { raw: number; gzip: number; brotli: number }) =>
    console.log(name.padEnd(43) + kb(size.raw).padStart(10) + kb(size.gzip).padStart(10) + kb(size.brotli).padStart(10));
  for (const path of rows) line(relative('dist', path), measure(path));
  console.log('(element entries exclude lit, nanostores and ky)');
  const entry = 'dist/embed/tradecounter.js';
  if (existsSync(entry)) {
    const total = (paths: string[]) => paths.map(measure).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
    const first = staticClosure(entry);
    console.log('\nembed (sums of per-file sizes)');
    line(`every page first: ${first.length} files`, total(first));
    const all = rows.filter((path) => path.startsWith('dist/embed/') && !path.endsWith('.bundle.js'));
    line(`all of it: ${all.length} files`, total(all));
    if (existsSync('dist/embed/tradecounter.bundle.js')) line('all-in-one: tradecounter.bundle.js', measure('dist/embed/tradecounter.bundle.js'));
    console.log('(a page adds the chunks of its tags to the first files: `npm run check:budgets` lists them per demo page)');
  }
}
