// The SDK in the pages a web developer would write: plain HTML with one module script, React 19,
// Vue 3, the SDK loaded twice, all served under a strict Content-Security-Policy, driven in
// Chromium against the real back end. test/e2e/run.ts builds and serves them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { embedDir } from './build.js';
import type { Violation } from './server.js';

const site = process.env.E2E_SITE!;
const PASSWORD = 'tradecounter';
let browser: Browser;

before(async () => {
  assert.ok(site, 'E2E_SITE is set by test/e2e/run.ts');
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});
after(() => browser?.close());

interface Visit {
  page: Page;
  errors: string[];
  url: string;
  /** Paths of the scripts the page fetched from the embed's folder, in order. */
  embedFiles: string[];
}

/** Opens a page and records its uncaught errors and console errors (CSP refusals are logged there too). */
async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const embedFiles: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/(tradecounter(\.bundle)?\.js|chunks\/)/.test(path)) embedFiles.push(path);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Policy refusals are checked through the reports, which say which directive was broken.
    if (message.type() === 'error' && !/Failed to load resource|Content Security Policy/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  const url = `${site}${path}`;
  await page.goto(url);
  return { page, errors, url, embedFiles };
}

async function violationsOf(url: string): Promise<Violation[]> {
  const all = (await (await fetch(`${site}/csp-reports`)).json()) as Violation[];
  return all.filter((violation) => violation.page?.startsWith(url.split('?')[0]!));
}

async function signIn(page: Page, email: string) {
  await page.locator('tc-login input[type=email]').fill(email);
  await page.locator('tc-login input[type=password]').fill(PASSWORD);
  await page.locator('tc-login [part=submit]').click();
}

async function expectPricedCatalogue(page: Page, cards: number) {
  const card = page.locator('tc-catalogue [part=card]');
  await card.nth(cards - 1).waitFor();
  assert.equal(await card.count(), cards);
  assert.match((await card.first().locator('[part=price]').textContent()) ?? '', /^€\d+\.\d{2}$/);
}

/**
 * Known, and tracked by the todo test below: tc-catalogue binds `style="--_columns: …"`, an inline
 * style attribute the policy refuses (the grid then falls back to its default columns). Only that
 * directive is excused; any other violation fails.
 */
const knownViolation = (violation: Violation) => violation.directive === 'style-src-attr';

/**
 * Elements in any shadow root (or the page) that carry a `style` attribute, which a strict policy
 * refuses. Passed as text: tsx would wrap named functions in a helper the page does not have.
 */
const inlineStyleAttributes = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const found = [];
    const walk = (root, where) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.hasAttribute('style')) found.push(where + ' ' + element.localName + '[part=' + element.getAttribute('part') + ']');
        if (element.shadowRoot) walk(element.shadowRoot, element.localName);
      }
    };
    walk(document, 'page');
    return found;
  })()`);

/** Reports reach the endpoint a moment after the page broke the policy; give them that moment. */
async function expectCleanUnderPolicy(visit: Visit) {
  await visit.page.waitForTimeout(300);
  const violations = await violationsOf(visit.url);
  assert.deepEqual(violations.filter((violation) => !knownViolation(violation)), [], 'no CSP violation reported');
  assert.deepEqual(visit.errors, [], 'no error on the page');
  await visit.page.close();
}

/** A chunk's name without its hash: `/chunks/catalogue-AbC123_-.js` → `catalogue`. */
const chunkName = (path: string) => path.replace(/^\/(chunks\/)?/, '').replace(/(-[\w-]{8})?\.js$/, '');

for (const [file, page] of [['the embed (entry + chunks)', '/pages/plain.html'], ['the all-in-one file', '/pages/plain-bundle.html']] as const) {
  describe(`a plain HTML page with one <script type="module">: ${file}`, () => {
    it('signs in, shows the priced catalogue, and the page’s own script hears tc-sign-in', async () => {
      const plain = await visit(page);
      const { page: tab } = plain;
      await tab.locator('tc-catalogue [part=status]').filter({ hasText: 'Sign in to see the catalogue' }).waitFor();
      await signIn(tab, 'anna@nordwerk.example');
      await tab.locator('#welcome').filter({ hasText: 'Welcome, Anna Berg' }).waitFor();
      await expectPricedCatalogue(tab, 6);
      // Lit's styles arrive as constructed style sheets, which a strict policy allows; no <style> elements.
      const styles = await tab.evaluate(() => {
        const root = document.querySelector('tc-login')!.shadowRoot!;
        return { adopted: root.adoptedStyleSheets.length, elements: root.querySelectorAll('style').length };
      });
      assert.ok(styles.adopted > 0);
      assert.equal(styles.elements, 0);
      const fetched = plain.embedFiles.map(chunkName);
      console.log(`${page}: ${plain.embedFiles.length} script requests for the SDK (${fetched.join(', ')})`);
      if (page.endsWith('plain.html')) {
        // The entry, the runtime and the chunks of this page's tags (portal, login, catalogue and
        // what they share), not those of the tags it does not use, nor the Romanian messages.
        assert.deepEqual(fetched.slice(0, 2), ['tradecounter', 'runtime']);
        for (const tag of ['portal', 'login', 'catalogue']) assert.ok(fetched.includes(tag), `${tag} chunk fetched: ${fetched.join(', ')}`);
        for (const tag of ['cart', 'order-list', 'statement', 'quick-order', 'ro']) assert.ok(!fetched.includes(tag), `${tag} chunk not fetched: ${fetched.join(', ')}`);
      } else assert.deepEqual(fetched, ['tradecounter.bundle']);
      await expectCleanUnderPolicy(plain);
    });
  });
}

for (const host of ['React 19', 'Vue 3'] as const) {
  describe(`a ${host} page built with Vite from the npm package`, () => {
    const path = host === 'React 19' ? '/hosts/react/' : '/hosts/vue/';

    it('passes a Portal object and numbers as properties, and receives tc-sign-in in its own state', async () => {
      const framework = await visit(`${path}?api=${encodeURIComponent(process.env.E2E_API!)}`);
      const { page } = framework;
      await signIn(page, 'anna@nordwerk.example');
      await page.locator('#welcome').filter({ hasText: 'Welcome, Anna Berg' }).waitFor();
      // pageSize={4} reached the property (an attribute would be "pagesize", which the element ignores).
      await expectPricedCatalogue(page, 4);
      // A state change in the framework updates the property, and the element follows.
      await page.locator('#more').click();
      await expectPricedCatalogue(page, 8);
      await expectCleanUnderPolicy(framework);
    });
  });
}

describe('the SDK loaded twice on one page', () => {
  it('skips the second registration without an error, and the tags work', async () => {
    const twice = await visit('/pages/twice.html');
    const { page } = twice;
    // Each copy's autoloader loads its own chunks; the first definition of a tag wins, the other is skipped.
    await page.waitForFunction(() => typeof customElements.get('tc-catalogue') === 'function');
    await signIn(page, 'liis@balticbuild.example');
    await page.locator('#welcome').filter({ hasText: 'Welcome, Liis Tamm' }).waitFor();
    await expectPricedCatalogue(page, 6);
    await expectCleanUnderPolicy(twice);
  });
});

describe('a strict Content-Security-Policy', () => {
  it('reports a violation when a page breaks it, so a clean run means something', async () => {
    const canary = await visit('/pages/canary.html');
    for (let i = 0; i < 50 && (await violationsOf(canary.url)).length === 0; i++) await canary.page.waitForTimeout(100);
    const [violation] = await violationsOf(canary.url);
    assert.ok(violation, 'the canary’s inline style was reported');
    assert.match(violation.directive, /^style-src/);
    await canary.page.close();
  });

  it('is met by every element: no inline style attribute in any shadow root', async () => {
    const plain = await visit('/pages/plain.html');
    await signIn(plain.page, 'anna@nordwerk.example');
    await expectPricedCatalogue(plain.page, 6);
    assert.deepEqual(await inlineStyleAttributes(plain.page), []);
    await plain.page.close();
  });

  it('is met by every file of the embed, all-in-one file included: no eval, no new Function', () => {
    const files = ['tradecounter.js', 'tradecounter.bundle.js', ...readdirSync(`${embedDir}/chunks`).map((name) => `chunks/${name}`)];
    assert.ok(files.length > 10, `the embed's files: ${files.join(', ')}`);
    for (const file of files) assert.doesNotMatch(readFileSync(`${embedDir}/${file}`, 'utf8'), /\beval\s*\(|\bnew Function\s*\(/, file);
  });
});
