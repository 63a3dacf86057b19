// Prints the gzip and brotli size of every JavaScript file the build wrote.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function* files(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.js')) yield path;
  }
}

export function measure(path: string) {
  const source = readFileSync(path);
  return { raw: source.length, gzip: gzipSync(source, { level: 9 }).length, brotli: brotliCompressSync(source).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [...files('dist')].filter((path) => !path.includes('/types/')).sort();
  console.log('\nfile'.padEnd(44) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10));
  for (const path of rows) {
    const size = measure(path);
    console.log(relative('dist', path).padEnd(43) + kb(size.raw).padStart(10) + kb(size.gzip).padStart(10) + kb(size.brotli).padStart(10));
  }
  console.log('(element entries exclude lit, nanostores and ky; embed/tradecounter.js has everything)');
}
