// `npm run docs` (after openapi, manifest, screenshots and typedoc): one static site in docs/site/
// from the guides in docs/*.md, the elements reference from custom-elements.json, the contract
// from docs/openapi.json, the screenshots, and typedoc's client API in docs/site/api/.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';
import { contractPage } from './contract.js';
import { elementPage, elementsIndex, eventsTable, tagsOf, type Package } from './elements.js';
import { tokenTables } from './tokens.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = `${root}docs`;
const site = `${docs}/site`;

const nav: [string, string][] = [
  ['index.html', 'Overview'],
  ['getting-started.html', 'Getting started'],
  ['embedding.html', 'Embedding'],
  ['elements.html', 'Elements'],
  ['events.html', 'Events'],
  ['theming.html', 'Theming'],
  ['localisation.html', 'Localisation'],
  ['contract.html', 'Back-end contract'],
  ['backend.html', 'Implementing the back end'],
  ['api/index.html', 'Client API'],
];

// Links between guides are written to the .md files (so they work on GitHub too); the site has .html.
const marked = new Marked({ gfm: true });
marked.use({ walkTokens: (token) => { if (token.type === 'link' && /^[\w-]+\.md(#.*)?$/.test(token.href)) token.href = token.href.replace('.md', '.html'); } });

function page(title: string, body: string, depth = 0): string {
  const up = '../'.repeat(depth);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title} · Tradecounter</title>
<link rel="stylesheet" href="${up}site.css" />
</head>
<body>
<header class="top"><a class="brand" href="${up}index.html">Tradecounter</a></header>
<div class="frame">
<nav class="side" aria-label="Documentation">${nav.map(([href, label]) => `<a href="${up}${href}">${label}</a>`).join('')}</nav>
<main>${body}</main>
</div>
</body>
</html>
`;
}

const titleOf = (markdown: string) => /^#\s+(.+)$/m.exec(markdown)?.[1]?.replace(/`/g, '') ?? 'Tradecounter';

function write(path: string, title: string, markdown: string, depth = 0) {
  writeFileSync(`${site}/${path}`, page(title, marked.parse(markdown) as string, depth));
}

export function buildSite() {
  mkdirSync(`${site}/elements`, { recursive: true });
  copyFileSync(`${root}scripts/docs/site.css`, `${site}/site.css`);

  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as Package;
  const tags = tagsOf(manifest);
  const tokens = tokenTables(readFileSync(`${root}src/styles/tokens.ts`, 'utf8'));
  const fill = (markdown: string) =>
    markdown
      .replace('<!-- events -->', eventsTable(tags))
      .replace('<!-- tokens:base -->', tokens.base)
      .replace('<!-- tokens:component -->', tokens.component);

  for (const file of readdirSync(docs).filter((name) => name.endsWith('.md'))) {
    const markdown = fill(readFileSync(`${docs}/${file}`, 'utf8'));
    write(file.replace(/\.md$/, '.html'), titleOf(markdown), markdown);
  }
  write('elements.html', 'Elements', elementsIndex(tags));
  for (const tag of tags) write(`elements/${tag.tag}.html`, `<${tag.tag}>`.replace(/[<>]/g, ''), elementPage(tag), 1);

  const openapi = JSON.parse(readFileSync(`${docs}/openapi.json`, 'utf8'));
  writeFileSync(`${site}/contract.html`, page('Back-end contract', contractPage(openapi)));
  copyFileSync(`${docs}/openapi.json`, `${site}/openapi.json`);

  const screenshots = `${docs}/screenshots`;
  if (existsSync(screenshots)) {
    mkdirSync(`${site}/screenshots`, { recursive: true });
    for (const file of readdirSync(screenshots)) copyFileSync(`${screenshots}/${file}`, `${site}/screenshots/${file}`);
  } else {
    console.warn('docs: no docs/screenshots/ (run npm run screenshots); pages will miss their pictures.');
  }
  return { pages: readdirSync(site).filter((name) => name.endsWith('.html')).length + tags.length, tags: tags.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, tags } = buildSite();
  console.log(`docs: wrote ${pages} pages (${tags} elements) to docs/site/; open docs/site/index.html`);
}
