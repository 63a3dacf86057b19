// `node --import tsx --test demo/partials.test.ts`: the shared header and footer of the demo pages.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fillPartials } from './partials.js';

const pages = readdirSync(new URL('.', import.meta.url)).filter((name) => name.endsWith('.html'));
const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');
const current = (html: string) => [...html.matchAll(/<a href="([^"]+)" aria-current="page">/g)].map((match) => match[1]);

test('a marker line becomes the shared header, with the page being served marked current', () => {
  const page = '<body>\n    <!-- partial:header -->\n    <main id="main"></main>\n</body>';
  const cart = fillPartials(page, '/cart.html');
  assert.match(cart, /<header class="site-header">/);
  assert.deepEqual(current(cart), ['/cart.html']);
  assert.match(cart, /\n {4}<header/, 'the partial keeps the marker’s indentation');
  assert.deepEqual(current(fillPartials(page, '/')), ['/']);
  assert.deepEqual(current(fillPartials(page, '/index.html')), ['/']);
  assert.deepEqual(current(fillPartials(page, '/account.html?tab=1')), ['/account.html']);
  assert.deepEqual(current(fillPartials(page, '/welcome.html')), [], 'a page outside the navigation marks none');
});

test('every demo page uses the shared header and footer, and no page repeats their markup', () => {
  for (const name of pages) {
    const html = read(name);
    assert.ok(html.includes('<!-- partial:header -->'), `${name}: header marker`);
    assert.ok(html.includes('<!-- partial:footer -->'), `${name}: footer marker`);
    assert.ok(html.includes('<!-- partial:head -->') && !html.includes('<meta charset'), `${name}: the shared head`);
    assert.ok(!/<header|<footer/.test(html), `${name}: no header or footer markup of its own`);
    assert.match(html, /<main id="main"[ >]/, `${name}: the skip link's target`);
    const path = name === 'index.html' ? '/' : `/${name}`;
    const inNavigation = readFileSync(new URL('partials/header.html', import.meta.url), 'utf8').includes(`<a href="${path}">`);
    // A page in the navigation is marked there; one outside it (a welcome page) marks none.
    assert.equal(current(fillPartials(html, `/${name}`)).length, inNavigation ? 1 : 0, `${name}: navigation link marked current`);
  }
});

test('every SDK element appears on some demo page', () => {
  const all = pages.map(read).join('\n') + readFileSync(new URL('partials/header.html', import.meta.url), 'utf8');
  // Every tag the SDK defines: the `define('tc-…', …)` calls of its element files.
  const elements = new URL('../src/elements/', import.meta.url);
  const tags = readdirSync(elements, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .flatMap((path) => [...readFileSync(new URL(path, elements), 'utf8').matchAll(/define\('(tc-[a-z-]+)'/g)].map((match) => match[1]!));
  assert.ok(tags.length >= 11, `found the SDK's tags: ${tags}`);
  for (const tag of tags) assert.ok(all.includes(`<${tag}`), `<${tag}> is shown on a demo page`);
});
