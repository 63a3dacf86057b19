// `npm run lint` runs this: builds custom-elements.json in memory from the source, exactly as
// `npm run manifest` does, and fails when an element's documentation and its code disagree:
// no description, an event it emits without @fires, a part or slot in its template without
// @csspart/@slot (or documented but gone), a component token it reads without @cssprop, a nested
// tc- tag without exportparts, or an element not registered in src/index.ts and vite.config.ts.
// It reads every folder under src/elements, so elements merged later are checked too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import config from '../custom-elements-manifest.config.mjs';

interface Documented {
  name: string;
  description?: string;
}
interface Member extends Documented {
  kind: string;
  static?: boolean;
  inheritedFrom?: unknown;
}
interface ElementDoc extends Documented {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  events?: Documented[];
  cssParts?: Documented[];
  slots?: Documented[];
  cssProperties?: Documented[];
  members?: Member[];
}
interface Manifest {
  modules: { path: string; declarations?: ElementDoc[] }[];
}

const ELEMENTS = 'src/elements';

/** The source files the analyzer reads: every element's class file, and the base class. */
function sourceFiles(): string[] {
  const files = ['src/base/tc-element.ts'];
  for (const folder of readdirSync(ELEMENTS)) {
    for (const file of readdirSync(join(ELEMENTS, folder))) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.styles.ts')) files.push(join(ELEMENTS, folder, file));
    }
  }
  return files;
}

export function buildManifest(): Manifest {
  const modules = sourceFiles().map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true));
  return create({ modules, plugins: config.plugins }) as unknown as Manifest;
}

/** The public `--tc-*` base tokens every element reads through tokens.ts; documented once, in the theming guide. */
function baseTokens(): Set<string> {
  const source = readFileSync('src/styles/tokens.ts', 'utf8') + readFileSync('src/styles/controls.ts', 'utf8');
  return new Set(source.match(/--tc-[a-z0-9-]+/g));
}

/** The static words of every `attribute="…"` in a template (interpolations ignored). */
function attributeWords(source: string, attribute: string): Set<string> {
  const words = new Set<string>();
  for (const match of source.matchAll(new RegExp(`\\s${attribute}=(["'])(.*?)\\1`, 'gs'))) {
    for (const word of match[2]!.replace(/\$\{[^}]*\}/g, ' ').split(/\s+/)) if (word) words.add(word);
  }
  return words;
}

function compare(problems: string[], tag: string, what: string, used: Set<string>, documented: Documented[] | undefined, tagName: string) {
  const names = new Set((documented ?? []).map((item) => item.name));
  for (const name of used) if (!names.has(name)) problems.push(`${tag}: ${what} "${name}" is used but not documented with ${tagName}`);
  for (const name of names) if (!used.has(name)) problems.push(`${tag}: ${tagName} "${name}" is documented but not used`);
  for (const item of documented ?? []) if (!item.description?.trim()) problems.push(`${tag}: ${tagName} "${item.name}" has no description`);
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * The template helpers an element file imports from src/elements (card renderers, controllers),
 * followed through their own imports: their parts and events are the element's too. Another
 * element's own file and style sheets are not followed.
 */
function helperSources(path: string, seen = new Set<string>([path])): string {
  let sources = '';
  for (const match of readFileSync(path, 'utf8').matchAll(/from\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
    const helper = join(path, '..', `${match[1]}.ts`);
    const [, , folder, file] = helper.split('/');
    if (!helper.startsWith(`${ELEMENTS}/`) || seen.has(helper) || file === `${folder}.ts` || helper.endsWith('.styles.ts') || !existsSync(helper)) continue;
    seen.add(helper);
    sources += withoutComments(readFileSync(helper, 'utf8')) + helperSources(helper, seen);
  }
  return sources;
}

export function checkManifest(manifest = buildManifest()): string[] {
  const problems: string[] = [];
  const base = baseTokens();
  const index = readFileSync('src/index.ts', 'utf8');
  const viteConfig = readFileSync('vite.config.ts', 'utf8');

  for (const module of manifest.modules) {
    if (!module.path.startsWith(ELEMENTS)) continue;
    const folder = module.path.split('/')[2]!;
    // Comments hold examples (`<tc-portal …>` in JSDoc) that are not the template.
    const own = withoutComments(readFileSync(module.path, 'utf8'));
    // The shared error notice (src/base/error-notice.ts) renders its parts into the element that calls it.
    const gated = /\brenderSessionGate\(/.test(own);
    const notice = gated || /\berrorNotice\(/.test(own) ? withoutComments(readFileSync('src/base/error-notice.ts', 'utf8')) : '';
    // So does the session gate (src/base/session-gate.ts): its states, parts and slots.
    const gate = gated ? withoutComments(readFileSync('src/base/session-gate.ts', 'utf8')) : '';
    const source = own + helperSources(module.path) + notice + gate;
    const stylesPath = module.path.replace(/\.ts$/, '.styles.ts');
    const styles = existsSync(stylesPath) ? readFileSync(stylesPath, 'utf8') : '';

    for (const element of module.declarations ?? []) {
      if (element.kind !== 'class' || !element.customElement) continue;
      const tag = element.tagName ?? element.name;
      if (!element.tagName) problems.push(`${element.name}: no define('tc-…', ${element.name}) call`);
      if (!element.description?.trim()) problems.push(`${tag}: no description in the class's JSDoc`);

      // Events: emit('tc-x', …), reportError(…) → tc-error, new CustomEvent('x', …).
      const events = new Set<string>();
      for (const match of source.matchAll(/(?:\bemit(?:<[^>]*>)?\(|new CustomEvent(?:<[^>]*>)?\()\s*['"`]([\w-]+)['"`]/g)) events.add(match[1]!);
      if (/\breportError\(/.test(source)) events.add('tc-error');
      compare(problems, tag, 'event', events, element.events, '@fires');

      const parts = attributeWords(source, 'part');
      compare(problems, tag, 'part', parts, element.cssParts, '@csspart');

      const slots = new Set<string>();
      for (const match of source.matchAll(/<slot\b([^>]*)>/g)) slots.add(/name=["']([\w-]+)["']/.exec(match[1]!)?.[1] ?? '');
      compare(problems, tag, 'slot', slots, element.slots, '@slot');

      const properties = new Set([...(styles + source).matchAll(/var\((--tc-[a-z0-9-]+)/g)].map((match) => match[1]!).filter((name) => !base.has(name)));
      compare(problems, tag, 'custom property', properties, element.cssProperties, '@cssprop');

      // A tc- tag inside another must pass its parts on, or a page cannot style them.
      for (const match of source.matchAll(/<(tc-[\w-]+)(\s[^>]*)?>/g)) {
        if (!/\bexportparts=/.test(match[2] ?? '')) problems.push(`${tag}: nested <${match[1]}> has no exportparts`);
      }

      for (const member of element.members ?? []) {
        if (member.kind === 'field' && !member.static && !member.inheritedFrom && !member.description?.trim()) {
          problems.push(`${tag}: property "${member.name}" has no description`);
        }
      }

      // Registered everywhere an element must be.
      if (!index.includes(`./elements/${folder}/${folder}.js`)) problems.push(`${tag}: not exported from src/index.ts`);
      if (!new RegExp(`['"]${folder}['"]`).test(viteConfig)) problems.push(`${tag}: not in the elements list of vite.config.ts`);
      if (element.tagName && !own.includes(`'${element.tagName}': ${element.name}`)) {
        problems.push(`${tag}: no HTMLElementTagNameMap entry`);
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkManifest();
  if (problems.length) {
    console.error(`custom-elements.json does not match the source:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('custom-elements.json: every element documents its events, parts, slots and custom properties.');
}
