import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TcCart, TcCatalogue, TcLogin, TcOrderList, TcQuickOrder } from '../../src/index.js';
import { ApiError, AuthError, ConflictError, ForbiddenError, NetworkError, NotFoundError, ServerError, TcError, ValidationError } from '../../src/client/errors.js';
import { errorMessages, errorText } from '../../src/i18n/errors.js';
import { fieldErrorMessages, fieldErrorText } from '../../src/i18n/field-errors.js';
import { $locale, addTranslations, translationsReady } from '../../src/i18n/i18n.js';
import type { Portal } from '../../src/portal/portal.js';
import { newBuyer } from './admin.js';
import { interceptFetch, newPortal, signedInPortal, text, until } from './helpers.js';
import { json, products } from './ordering-helpers.js';

// The catalogue's virtual list re-lays out inside a ResizeObserver callback (a harmless Chrome "loop" error).
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

/** Renders `tag` in a `<tc-portal>` that speaks `locale`. */
async function inLocale<T extends Element>(portal: Portal, locale: string, tag: ReturnType<typeof html>): Promise<T> {
  const root = await fixture(html`<tc-portal .portal=${portal} locale=${locale}>${tag}</tc-portal>`);
  return root.firstElementChild as T;
}

/** The error wording in the current language, once its translations have loaded. */
async function wording() {
  const stop = errorMessages.listen(() => {});
  await translationsReady();
  await until(() => $locale.get() === 'en' || errorMessages.get().retry !== 'Try again');
  stop();
  return errorMessages.get();
}

/** The wording of refused fields in the current language, once its translations have loaded. */
async function fieldWording() {
  const stop = fieldErrorMessages.listen(() => {});
  await translationsReady();
  await until(() => $locale.get() === 'en' || fieldErrorMessages.get().field_required !== 'Required.');
  stop();
  return fieldErrorMessages.get();
}

describe('error messages in the buyer’s language', () => {
  afterEach(() => $locale.set('en'));

  describe('the wording layer', () => {
    it('words the client’s own failures and every contract code in Romanian', async () => {
      $locale.set('ro');
      const t = await wording();
      const say = (error: unknown) => errorText(t, error, 'ro');
      expect(say(new NetworkError('The server could not be reached.'))).to.equal('Serverul nu poate fi contactat. Verificați conexiunea.');
      expect(say(new NetworkError('The server took too long to answer.', 'timeout'))).to.equal('Serverul a răspuns prea târziu. Încercați din nou.');
      expect(say(new ServerError(200, 'malformed', 'The server sent an answer that could not be read.'))).to.equal(
        'Serverul a trimis un răspuns care nu poate fi citit.',
      );
      expect(say(new AuthError(401, 'unauthenticated', 'Please sign in.'))).to.equal('Sesiunea a expirat. Autentificați-vă din nou.');
      expect(say(new ForbiddenError(403, 'forbidden', 'Your account has no access to orders:place.'))).to.equal(
        'Contul dumneavoastră nu are acces aici. Cereți acces furnizorului.',
      );
      expect(say(new NotFoundError(404, 'not_found', 'This order was not found.'))).to.equal('Nu am găsit acest element. Este posibil să fi fost șters.');
      expect(say(new ServerError(500, 'internal', 'Something went wrong on our side.'))).to.equal('A apărut o eroare la noi. Încercați din nou.');
      expect(say(new ServerError(503, 'unavailable', 'The service is briefly unavailable.'))).to.equal(
        'Serviciul este indisponibil pentru scurt timp. Încercați din nou.',
      );
      expect(say(new ConflictError(409, 'conflict', 'Your cart is empty.', {}, { kind: 'cart_empty' }))).to.equal('Coșul este gol.');
      expect(say(new Error('TypeError: x is undefined'))).to.equal('Ceva nu a funcționat. Încercați din nou.', 'no internals on screen');
    });

    it('words a refused field by its code, with the figures it carries, and keeps the English for codes it does not know', async () => {
      $locale.set('ro');
      const t = await wording();
      const refused = new ValidationError(400, 'validation_failed', 'Please check: quantity, note.', { quantity: 'The minimum is 6.', note: 'Too long' }, undefined, {
        quantity: { code: 'below_minimum', params: { min: 6 } },
        note: { code: 'brand_new_issue' as never },
      });
      const fields = await fieldWording();
      expect(fieldErrorText(fields, refused, 'quantity', 'ro')).to.equal('Minimul este 6.');
      expect(fieldErrorText(fields, refused, 'note', 'ro')).to.equal('Too long', 'an unknown field code falls back to the server’s sentence');
      expect(fieldErrorText(fields, refused, 'delivery', 'ro')).to.equal(undefined);
      expect(errorText(t, refused, 'ro')).to.equal('Verificați ce ați introdus.');
      expect(errorText(t, new ApiError(418, 'teapot', 'The supplier’s ERP says no.'), 'ro')).to.equal('The supplier’s ERP says no.');
    });

    it('in English shows the server’s own sentence, unless the host reworded the code', async () => {
      const t = await wording();
      const missing = new NotFoundError(404, 'not_found', 'This order was not found.');
      expect(errorText(t, missing, 'en')).to.equal('This order was not found.');
      addTranslations('en', { errors: { not_found: 'We could not find that.' } });
      expect(errorText(errorMessages.get(), missing, 'en')).to.equal('We could not find that.');
      // Back to the shipped wording: the server's sentence shows again.
      addTranslations('en', { errors: { not_found: 'This item was not found. It may have been removed.' } });
      expect(errorText(errorMessages.get(), missing, 'en')).to.equal('This order was not found.');
    });
  });

  describe('in the elements', () => {
    it('the cart says in Romanian why the server refused a quantity over the stock (409)', async () => {
      const { portal } = await newBuyer();
      const { simple } = await products(portal);
      const product = simple[0]!;
      const stock = product.stock.kind === 'quantity' ? product.stock.quantity : 0;
      await portal.cart.setQuantity(product.id, 1);
      const el = await inLocale<TcCart>(portal, 'ro', html`<tc-cart></tc-cart>`);
      await until(() => el.shadowRoot!.querySelector<HTMLInputElement>('[part=line] [part=quantity]'));
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part=line] [part=quantity]')!;
      input.value = String(stock + 1);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => text(el, '[part=line-error]'));
      expect(text(el, '[part=line-error]')).to.equal(`Doar ${stock} ${product.unit} în stoc.`);
      expect(el.shadowRoot!.querySelector('[part=line-error]')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      await portal.session.signOut();
    });

    it('the cart says in Romanian why a line changed when placing meets a conflict (409 order_conflict)', async () => {
      const answer: { conflict?: object } = {};
      const { portal } = await newBuyer({
        portal: { fetch: interceptFetch('/v1/orders', (request) => (request.method === 'POST' && answer.conflict ? json(answer.conflict, 409) : fetch(request))) },
      });
      const { simple } = await products(portal);
      const product = simple[1]!;
      await portal.client.cart.setQuantity(product.id, 5);
      await portal.client.cart.update({ delivery: { kind: 'pickup' } });
      await portal.cart.refresh();
      const money = (amount: number) => ({ amount, currency: product.price.currency });
      answer.conflict = {
        error: {
          code: 'conflict',
          message: 'Some lines changed since you looked at the cart.',
          details: {
            kind: 'order_conflict',
            expectedTotal: money(100),
            currentTotal: money(100),
            cartChanged: false,
            changes: [{ productId: product.id, sku: product.sku, name: product.name, reason: 'insufficient_stock', message: 'Only 2 pcs in stock.', requested: 5, available: 2 }],
          },
        },
      };
      const el = await inLocale<TcCart>(portal, 'ro', html`<tc-cart></tc-cart>`);
      await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=place-button]:not([disabled])'));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=place-button]')!.click();
      await until(() => el.shadowRoot!.querySelector('[part=place-error] .changes li'));
      expect(text(el, '[part=place-error] .changes li')).to.equal(`${product.name} (${product.sku}): Stoc insuficient pentru această cantitate.`);
      await expect(el).to.be.accessible();
      await portal.session.signOut();
    });

    it('the quick order says in Romanian why the server refused a line, from the line’s issue code', async () => {
      const { portal } = await newBuyer();
      const { packed } = await products(portal);
      const box = packed.find((product) => product.orderMultiple > 1)!;
      const el = await inLocale<TcQuickOrder>(portal, 'ro', html`<tc-quick-order></tc-quick-order>`);
      await until(() => el.shadowRoot!.querySelector('[part=row] [part=sku]'));
      const row = el.shadowRoot!.querySelector('[part=row]')!;
      const fill = (input: HTMLInputElement, value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      fill(row.querySelector<HTMLInputElement>('[part=sku]')!, box.sku);
      fill(row.querySelector<HTMLInputElement>('[part=quantity]')!, String(box.minQuantity + 1));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await until(() => text(el, '[part=row-error]'));
      expect(text(el, '[part=row-error]')).to.equal(`Comandați în multipli de ${box.orderMultiple}.`);
      await portal.session.signOut();
    });

    it('the order list says in Romanian why a line could not be ordered again', async () => {
      const { portal } = await newBuyer({
        portal: {
          fetch: interceptFetch('/reorder', async (request) => {
            const cart = await (await fetch(new Request(request.url.replace(/\/v1\/orders\/.*$/, '/v1/cart'), { headers: request.headers }))).json();
            return json({ added: [], unavailable: [{ productId: 1, sku: 'GONE-1', name: 'Old anchor', message: 'No longer available to your account.', issue: { code: 'unavailable' } }], cart });
          }),
        },
      });
      const { simple } = await products(portal);
      await portal.client.cart.setQuantity(simple[2]!.id, 1);
      await portal.client.cart.update({ delivery: { kind: 'pickup' } });
      const order = await portal.client.orders.place({ expectedTotal: (await portal.client.cart.get()).totals.gross }, crypto.randomUUID());
      const el = await inLocale<TcOrderList>(portal, 'ro', html`<tc-order-list order-id=${order.id}></tc-order-list>`);
      await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=reorder]'));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=reorder]')!.click();
      await until(() => el.shadowRoot!.querySelector('[part=reorder-result] li'));
      expect(text(el, '[part=reorder-result] li')).to.equal('Old anchor (GONE-1): Nu mai este disponibil pentru contul dumneavoastră.');
      await portal.session.signOut();
    });

    it('the catalogue says in Romanian that the server cannot be reached, and its retry recovers', async () => {
      let down = true;
      const portal = await signedInPortal('anna@nordwerk.example', undefined, {
        fetch: interceptFetch('/v1/products', (request) => (down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(request))),
      });
      const el = await inLocale<TcCatalogue>(portal, 'ro', html`<tc-catalogue page-size="4"></tc-catalogue>`);
      await until(() => text(el, '[part=error] span'), 8000);
      expect(text(el, '[part=error] span')).to.equal('Serverul nu poate fi contactat. Verificați conexiunea.');
      expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
      expect(text(el, '[part=retry]')).to.equal('Încearcă din nou');
      await expect(el).to.be.accessible();
      down = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await until(() => el.shadowRoot!.querySelector('[part=card]'));
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    });

    it('the login shows the server’s field errors (400) in Romanian beside each field', async () => {
      const el = await inLocale<TcLogin>(newPortal(), 'ro', html`<tc-login></tc-login>`);
      await until(() => text(el, 'h2') === 'Autentificare');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await until(() => text(el, '#password-error'));
      expect(text(el, '#email-error')).to.equal('Câmp obligatoriu.');
      expect(text(el, '#password-error')).to.equal('Câmp obligatoriu.');
      expect(text(el, '[part=error]')).to.equal('Verificați ce ați introdus.');
      await expect(el).to.be.accessible();

      const email = el.shadowRoot!.querySelector<HTMLInputElement>('[part=email]')!;
      email.value = 'anna@';
      email.dispatchEvent(new InputEvent('input'));
      const password = el.shadowRoot!.querySelector<HTMLInputElement>('[part=password]')!;
      password.value = 'x';
      password.dispatchEvent(new InputEvent('input'));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await until(() => !el.shadowRoot!.querySelector('#password-error') && text(el, '#email-error'));
      expect(text(el, '#email-error')).to.equal('Formatul nu este cel așteptat.');
      expect(text(el, '[part=error]')).to.equal('Verificați ce ați introdus.', 'the field’s reason is not repeated in the alert');
    });

    it('shows the server’s own sentence for an error code it does not know', async () => {
      const portal = await signedInPortal('anna@nordwerk.example', undefined, {
        fetch: interceptFetch('/v1/products', () => json({ error: { code: 'erp_offline', message: 'Our ERP is being updated until 14:00.' } }, 400)),
      });
      const el = await inLocale<TcCatalogue>(portal, 'ro', html`<tc-catalogue page-size="4"></tc-catalogue>`);
      await until(() => text(el, '[part=error] span'));
      expect(text(el, '[part=error] span')).to.equal('Our ERP is being updated until 14:00.');
    });

    it('a plain TcError an element raised itself keeps its (already translated) wording', () => {
      expect(errorText(errorMessages.get(), new TcError('Coșul nu este disponibil.'), 'ro')).to.equal('Coșul nu este disponibil.');
    });
  });
});
