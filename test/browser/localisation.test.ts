import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TcCatalogue, TcLogin } from '../../src/index.js';
import { $locale, addTranslations } from '../../src/i18n/i18n.js';
import { formatMoney } from '../../src/format/money.js';
import { newPortal, signedInPortal, text, until } from './helpers.js';

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=card]')];

async function page(portal: ReturnType<typeof newPortal>, locale?: string) {
  const root = await fixture(html`<tc-portal .portal=${portal} locale=${locale ?? ''}>
    <tc-login></tc-login>
    <tc-catalogue page-size="4"></tc-catalogue>
  </tc-portal>`);
  return { login: root.querySelector<TcLogin>('tc-login')!, catalogue: root.querySelector<TcCatalogue>('tc-catalogue')! };
}

// The catalogue's virtual list re-lays out inside a ResizeObserver callback; Chrome reports that
// as a harmless "loop" error, which would otherwise fail the running test.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

describe('localisation', () => {
  afterEach(() => $locale.set('en'));

  it('speaks Romanian when <tc-portal locale="ro-RO">, and formats money and numbers the Romanian way', async () => {
    const portal = await signedInPortal('mihai@constructim.example', 2);
    const { login, catalogue } = await page(portal, 'ro-RO');
    await until(() => text(login, '.who')?.startsWith('Conectat ca'));
    expect(text(login, '[part=sign-out]')).to.equal('Ieșire');

    await until(() => cards(catalogue).length === 4);
    expect(text(catalogue, '[part=count]')).to.equal('286 produse');
    const first = (await portal.client.catalogue.listProducts({ pageSize: 1 })).items[0]!;
    const price = cards(catalogue)[0]!.querySelector('[part=price]')!.textContent!;
    expect(price).to.equal(formatMoney(first.price, 'ro-RO'));
    // Romanian puts a decimal comma and the currency after the amount: "1.234,50 RON".
    expect(price).to.match(/^\d{1,3}(\.\d{3})*,\d{2}\sRON$/);
    expect(text(catalogue, '[part=pager] span')).to.match(/^Pagina 1 din \d+$/);
    await expect(catalogue).to.be.accessible();
  });

  it("follows the page's lang when the portal names no locale, and switches back at run time", async () => {
    $locale.set('ro');
    const { login } = await page(newPortal());
    await until(() => text(login, 'h2') === 'Autentificare');
    expect(text(login, 'label[for=password]')).to.equal('Parolă');
    $locale.set('en-GB');
    await until(() => text(login, 'h2') === 'Sign in');
  });

  it('formats money in English for English pages', async () => {
    const portal = await signedInPortal('anna@nordwerk.example');
    const { catalogue } = await page(portal, 'en-US');
    await until(() => cards(catalogue).length === 4);
    expect(text(catalogue, '[part=count]')).to.equal('312 products');
    expect(cards(catalogue)[0]!.querySelector('[part=price]')!.textContent).to.match(/^€\d{1,3}(,\d{3})*\.\d{2}$/);
  });

  it("lets the host change wording at run time, and elements already on the page re-render", async () => {
    const portal = await signedInPortal('anna@nordwerk.example');
    const { login, catalogue } = await page(portal, 'en');
    await until(() => text(catalogue, '[part=count]') === '312 products');
    await until(() => text(login, '[part=sign-out]') === 'Sign out');

    addTranslations('en', { login: { signOut: 'Log out' }, catalogue: { results: '{count} articles in your range' } });
    await until(() => text(login, '[part=sign-out]') === 'Log out');
    await until(() => text(catalogue, '[part=count]') === '312 articles in your range');
    // Messages the host left alone keep their wording.
    expect(text(login, '.who')).to.contain('Signed in as Anna Berg');

    addTranslations('en', { login: { signOut: 'Sign out' }, catalogue: { results: '{count} products' } });
    await until(() => text(login, '[part=sign-out]') === 'Sign out');
  });

  it('lets the host override a shipped translation and add a language of its own', async () => {
    addTranslations('ro-RO', { login: { title: 'Intră în portal' } });
    addTranslations('de', { login: { title: 'Anmelden', password: 'Passwort' } });
    const { login } = await page(newPortal(), 'ro-RO');
    await until(() => text(login, 'h2') === 'Intră în portal');
    expect(text(login, 'label[for=password]')).to.equal('Parolă');

    $locale.set('de-AT');
    await until(() => text(login, 'h2') === 'Anmelden');
    expect(text(login, 'label[for=password]')).to.equal('Passwort');
    // Keys the host did not translate fall back to English.
    expect(text(login, 'label[for=email]')).to.equal('E-mail');
    expect(text(login, '[part=submit]')).to.equal('Sign in');
  });
});
