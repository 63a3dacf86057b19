// What the embed (vite.config.ts, mode embed) costs a page, read from the build's chunk graph: the
// files every page loads first (the entry and what it imports), the files each tag's chunk adds,
// the Romanian chunk, and for each demo page (demo/*.html with its partials) the files its tags
// pull in. Used by scripts/check-budgets.ts; sizes are gzip -9 and brotli per file, summed, as a
// browser fetches them one by one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rolldown } from 'vite';
import { fillPartials } from '../demo/partials.js';
import { sizeOf } from './sizes.js';

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Cost extends Size {
  /** The files, in the order a browser meets them. */
  files: string[];
}

export interface EmbedCost {
  /** Every file of the build with its size. */
  files: Record<string, Size>;
  /** What every page loads first: the entry and its static imports (the shared runtime). */
  entry: Cost;
  /** Per tag: the files its chunk adds to the entry's (its own chunk, and chunks it imports that the entry does not). */
  tags: Record<string, Cost>;
  /** The Romanian messages, fetched only when the locale is Romanian. */
  romanian: Cost;
  /** Every file of the build together. */
  everything: Cost;
  /** Tags of src/elements whose element the autoloader does not load as a chunk of its own. */
  tagsWithoutChunk: string[];
  /** Source modules of elements that ended up in the entry's files (the autoloader must import them lazily). */
  elementCodeInEntry: string[];
}

const sum = (files: string[], sizes: Record<string, Size>): Cost => ({
  files,
  raw: files.reduce((total, file) => total + sizes[file]!.raw, 0),
  gzip: files.reduce((total, file) => total + sizes[file]!.gzip, 0),
  brotli: files.reduce((total, file) => total + sizes[file]!.brotli, 0),
});

/** The tag each element file registers (`define('tc-x', …)`), by element folder name. */
export function elementTags(root: string): Record<string, string> {
  const folder = join(root, 'src/elements');
  const tags: Record<string, string> = {};
  for (const name of readdirSync(folder)) {
    let source: string;
    try {
      source = readFileSync(join(folder, name, `${name}.ts`), 'utf8');
    } catch {
      continue;
    }
    const tag = /\bdefine\(\s*['"](tc-[\w-]+)['"]/.exec(source)?.[1];
    if (tag) tags[name] = tag;
  }
  return tags;
}

export function embedCost(chunks: Rolldown.OutputChunk[], root: string): EmbedCost {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, sizeOf(chunk.code)]));
  const entryChunk = chunks.find((chunk) => chunk.isEntry);
  if (!entryChunk) throw new Error('The embed build has no entry chunk.');

  const tagOfModule = new Map(Object.entries(elementTags(root)).map(([name, tag]) => [join(root, 'src/elements', name, `${name}.ts`), tag]));
  const tagChunks = new Map<string, string>();
  let romanianFile: string | undefined;
  for (const chunk of chunks) {
    const tag = chunk.facadeModuleId ? tagOfModule.get(chunk.facadeModuleId) : undefined;
    if (tag && chunk.isDynamicEntry) tagChunks.set(tag, chunk.fileName);
    if (chunk.facadeModuleId === join(root, 'src/i18n/ro/index.ts')) romanianFile = chunk.fileName;
  }
  const lazyRoots = new Set([...tagChunks.values(), ...(romanianFile ? [romanianFile] : [])]);

  /**
   * A file and what it brings along: its static imports, and the chunks it imports on demand for
   * itself (the catalogue's virtualizer layout), but not another tag's chunk or the Romanian one,
   * which load on their own terms.
   */
  const closure = (start: string, skip: Set<string> = new Set()) => {
    const seen: string[] = [];
    const visit = (file: string) => {
      if (seen.includes(file) || skip.has(file)) return;
      seen.push(file);
      const chunk = byName.get(file)!;
      for (const next of chunk.imports) visit(next);
      for (const next of chunk.dynamicImports) if (!lazyRoots.has(next) && byName.has(next)) visit(next);
    };
    visit(start);
    return seen;
  };

  const entryFiles = closure(entryChunk.fileName);
  const entrySet = new Set(entryFiles);
  const tags = Object.fromEntries([...tagChunks].sort().map(([tag, file]) => [tag, sum(closure(file, entrySet), files)]));
  const elementsFolder = join(root, 'src/elements/');
  return {
    files,
    entry: sum(entryFiles, files),
    tags,
    romanian: sum(romanianFile ? [romanianFile] : [], files),
    everything: sum([...byName.keys()].sort(), files),
    tagsWithoutChunk: [...tagOfModule.values()].filter((tag) => !tagChunks.has(tag)).sort(),
    elementCodeInEntry: entryFiles.flatMap((file) => byName.get(file)!.moduleIds.filter((id) => id.startsWith(elementsFolder)).map((id) => id.slice(root.length))),
  };
}

/** What one page costs: the entry's files and those of each of its tags, each file once. */
export function pageCost(cost: EmbedCost, tags: string[]): Cost & { tags: string[] } {
  const files = [...new Set([...cost.entry.files, ...tags.flatMap((tag) => cost.tags[tag]?.files ?? [])])];
  return { tags, ...sum(files, cost.files) };
}

/** The demo site's pages (demo/*.html, partials filled in as the demo's server does) and the `tc-` tags on each. */
export function demoPages(root: string, known: string[]): { page: string; tags: string[] }[] {
  const folder = join(root, 'demo');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const html = fillPartials(readFileSync(join(folder, name), 'utf8'), `/${name}`).replace(/<!--[\s\S]*?-->/g, '');
      const tags = [...new Set([...html.matchAll(/<(tc-[a-z-]+)/g)].map((match) => match[1]!))].filter((tag) => known.includes(tag)).sort();
      return { page: `demo/${name}`, tags };
    });
}
