import { expect, html, oneEvent } from '@open-wc/testing';
import './statement.js';
import type { TcStatement } from './statement.js';
import { ServerError } from '../../client/errors.js';
import { adminApi, day, line, newBuyer } from '../../../test/browser/admin.js';
import { inPortal, interceptFetch, newPortal, text, until } from '../../../test/browser/helpers.js';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const entries = (el: TcStatement) =>
  [...el.shadowRoot!.querySelectorAll('[part=entry]')].map((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
const date = (offset: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day(offset)}T00:00:00Z`));

describe('tc-statement', () => {
  let buyer: Awaited<ReturnType<typeof newBuyer>>;
  const numbers: Record<string, string> = {};

  before(async () => {
    buyer = await newBuyer({ creditLimit: 100_000 });
    const issue = async (name: string, issued: number, due: number, amount: number) => {
      const document = await adminApi('POST', '/v1/admin/invoices', {
        customerId: buyer.customerId, type: 'invoice', issueDate: day(issued), dueDate: day(due), lines: [line(name, amount)],
      });
      numbers[name] = document.number;
      return document;
    };
    await issue('old', -150, -120, 40_000); // 120 days overdue → 90+
    const middle = await issue('middle', -80, -45, 20_000); // 45 days → 31–60
    await issue('fresh', -10, 20, 10_000); // not yet due
    await adminApi('POST', '/v1/admin/payments', { customerId: buyer.customerId, amount: 5_000, invoiceId: middle.id, receivedOn: day(-20), reference: 'BANK-77' });
  });

  it('asks a signed-out visitor to sign in', async () => {
    const el = await inPortal<TcStatement>(newPortal(), html`<tc-statement></tc-statement>`);
    expect(text(el, '[part=status]')).to.equal('Sign in to see your account statement.');
    await expect(el).to.be.accessible();
  });

  it('shows the balance, what is overdue, the credit left and the ageing', async () => {
    const el = await inPortal<TcStatement>(buyer.portal, html`<tc-statement></tc-statement>`);
    await until(() => el.shadowRoot!.querySelector('[part=summary]') && entries(el).length);
    expect(text(el, '[part=open-balance] dd')).to.equal('€650.00');
    expect(text(el, '[part=overdue] dd')).to.equal('€550.00');
    expect(text(el, '[part=credit-limit] dd')).to.equal('€1,000.00');
    expect(text(el, '[part=credit-remaining] dd')).to.equal('€350.00');
    const ageing = el.shadowRoot!.querySelector('[part=ageing]')!;
    const headers = [...ageing.querySelectorAll('th')].map((cell) => cell.textContent);
    const amounts = [...ageing.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(headers).to.deep.equal(['Not yet due', '1–30 days', '31–60 days', '61–90 days', 'Over 90 days']);
    expect(amounts).to.deep.equal(['€100.00', '€0.00', '€150.00', '€0.00', '€400.00']);
    await expect(el).to.be.accessible();
  });

  it('lists the last 90 days with opening, running and closing balances', async () => {
    const el = await inPortal<TcStatement>(buyer.portal, html`<tc-statement></tc-statement>`);
    await until(() => entries(el).length === 3);
    // The 150-day-old invoice is before the default range: it is the opening balance.
    expect(text(el, '[part=opening-balance] td:last-child')).to.equal('€400.00');
    expect(entries(el)).to.deep.equal([
      [date(-80), `Invoice ${numbers.middle}`, '€200.00', '', '€600.00'],
      [date(-20), `Payment BANK-77 for ${numbers.middle}`, '', '€50.00', '€550.00'],
      [date(-10), `Invoice ${numbers.fresh}`, '€100.00', '', '€650.00'],
    ]);
    expect(text(el, '[part=closing-balance] td:last-child')).to.equal('€650.00');
    await expect(el).to.be.accessible();
  });

  it('shows another date range when the buyer asks for one', async () => {
    const el = await inPortal<TcStatement>(buyer.portal, html`<tc-statement></tc-statement>`);
    await until(() => entries(el).length === 3);
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('[part=range]')!;
    form.querySelector<HTMLInputElement>('[name=from]')!.value = day(-200);
    form.querySelector<HTMLInputElement>('[name=to]')!.value = day(-100);
    const chosen = oneEvent(el, 'tc-statement-range');
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await chosen).detail).to.deep.equal({ from: day(-200), to: day(-100) });
    await until(() => entries(el).length === 1 && entries(el)[0]![1] === `Invoice ${numbers.old}`);
    expect(text(el, '[part=opening-balance] td:last-child')).to.equal('€0.00');
    expect(text(el, '[part=closing-balance] td:last-child')).to.equal('€400.00');
    expect(el.getAttribute('from')).to.equal(day(-200));
  });

  it('says when a range holds nothing, for a new customer with no credit limit', async () => {
    const { portal } = await newBuyer();
    const el = await inPortal<TcStatement>(portal, html`<tc-statement></tc-statement>`);
    await until(() => text(el, '[part=ledger] [part=status]'));
    expect(text(el, '[part=ledger] [part=status]')).to.equal('No invoices, credit notes or payments in this period.');
    expect(text(el, '[part=open-balance] dd')).to.equal('€0.00');
    expect(text(el, '[part=credit-limit] dd')).to.equal('No limit');
    expect(el.shadowRoot!.querySelector('[part=credit-remaining]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows “no access” to a contact without the statement permission', async () => {
    const { portal } = await newBuyer({ permissions: ['invoices'] });
    const el = await inPortal<TcStatement>(portal, html`<tc-statement></tc-statement>`);
    await until(() => text(el, '[part=status]')?.startsWith('Your account has no access to the statement'));
    expect(el.shadowRoot!.querySelector('[part=summary]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that recovers, and the loading state', async () => {
    let fail = true;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { portal } = await newBuyer({
      portal: {
        fetch: interceptFetch('/v1/statement', async (request) => {
          if (new URL(request.url).pathname.endsWith('/summary')) {
            return fail ? json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500) : fetch(request);
          }
          await held;
          return fetch(request);
        }),
      },
    });
    const el = document.createElement('tc-statement');
    const errored = oneEvent(el, 'tc-error');
    await inPortal(portal, html`${el}`);
    expect((await errored).detail.error).to.be.instanceOf(ServerError);
    await until(() => el.shadowRoot!.querySelector('[part=retry]'));
    expect(text(el, '[part=error] span')).to.equal('Something went wrong on our side.');
    expect(text(el, '.ledger [part=status]')).to.equal('Loading the statement…');
    await expect(el).to.be.accessible();
    fail = false;
    release();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await until(() => text(el, '[part=open-balance] dd') === '€0.00' && text(el, '[part=closing-balance] td:last-child'));
  });
});
