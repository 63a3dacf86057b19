// `npm run screenshots`: photographs the demo site in headless Chromium for the docs:
// docs/screenshots/*.png (generated, not committed). Starts its own back end (in memory) and
// demo server on PORT and DEMO_PORT.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { configFromEnv } from '../server/config.js';
import { startServer } from '../server/main.js';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { sitePartials } from '../demo/partials.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs/screenshots`;

export async function takeScreenshots() {
  mkdirSync(out, { recursive: true });
  const api = await startServer({ ...configFromEnv({}), port: Number(process.env.PORT ?? 8785), corsOrigins: '*' });
  process.env.VITE_TC_API = api.url;
  const site = await createServer({
    configFile: false,
    root: `${root}demo`,
    plugins: [sitePartials()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5185), strictPort: true },
    logLevel: 'warn',
  });
  await site.listen();
  const url = `http://127.0.0.1:${site.config.server.port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(250);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
    shots.push(name);
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/`);
    await page.locator('tc-login input[type=email]').waitFor();
    await shoot(page, 'signed-out');

    await page.locator('tc-login input[type=email]').fill('anna@nordwerk.example');
    await page.locator('tc-login input[type=password]').fill(DEMO_PASSWORD);
    await page.locator('tc-login [part=submit]').click();
    await page.locator('tc-catalogue [part=card]').first().waitFor();
    await page.waitForLoadState('networkidle');
    await shoot(page, 'catalogue');

    // The other pages of the supplier's site, each with its elements loaded.
    await page.locator('tc-catalogue [part=add-button]:not([disabled])').first().click();
    for (const [name, path, ready] of [
      ['cart', '/cart.html', 'tc-cart [part=line]'],
      ['orders', '/orders.html', 'tc-order-list [part=order]'],
      ['account', '/account.html', 'tc-invoice-list [part=row]'],
      // The header's language switch, given in the address: the tags in Romanian, the site as it is.
      ['cart-ro', '/cart.html?lang=ro', 'tc-cart [part=line]'],
    ] as const) {
      await page.goto(`${url}${path}`);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      await shoot(page, name);
    }

    // The session stays in this tab's session storage, so the theme page opens signed in.
    for (const [name, query] of [
      ['theme-light', ''],
      ['theme-dark', 'theme=tc-theme-dark'],
      ['theme-workshop', 'theme=theme-workshop'],
      ['theme-blueprint', 'theme=theme-blueprint'],
      ['theme-compact', 'compact'],
    ] as const) {
      await page.goto(`${url}/themes.html?${query}`);
      await page.locator('tc-catalogue [part=card]').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.locator('#stage').scrollIntoViewIfNeeded();
      await shoot(page, name);
    }

    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${url}/`);
    await page.locator('tc-catalogue [part=card]').first().waitFor();
    await shoot(page, 'phone');
  } finally {
    await browser.close();
    await site.close();
    await api.close();
  }
  return shots;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const shots = await takeScreenshots();
  console.log(`wrote ${shots.length} screenshots to docs/screenshots/: ${shots.join(', ')}`);
}
