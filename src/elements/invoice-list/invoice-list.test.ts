import { expect, html, oneEvent } from '@open-wc/testing';
import './invoice-list.js';
import type { TcInvoiceList } from './invoice-list.js';
import { ServerError } from '../../client/errors.js';
import { $locale } from '../../i18n/i18n.js';
import { adminApi, day, line, newBuyer } from '../../../test/browser/admin.js';
import { inPortal, interceptFetch, newPortal, text, until } from '../../../test/browser/helpers.js';

const rows = (el: TcInvoiceList) => [...el.shadowRoot!.querySelectorAll('[part=row]')];
const cells = (row: Element) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('tc-invoice-list', () => {
  let buyer: Awaited<ReturnType<typeof newBuyer>>;
  const numbers: Record<string, string> = {};
  const ids: Record<string, number> = {};

  before(async () => {
    buyer = await newBuyer();
    const issue = async (name: string, body: object) => {
      const document = await adminApi('POST', '/v1/admin/invoices', { customerId: buyer.customerId, type: 'invoice', ...body });
      numbers[name] = document.number;
      ids[name] = document.id;
      return document;
    };
    const paid = await issue('paid', { issueDate: day(-60), dueDate: day(-30), lines: [line('Paid goods', 10000)] });
    await adminApi('POST', '/v1/admin/payments', { customerId: buyer.customerId, amount: 10000, invoiceId: paid.id });
    const partly = await issue('partly', { issueDate: day(-10), dueDate: day(20), lines: [line('Part paid goods', 20000)] });
    await adminApi('POST', '/v1/admin/payments', { customerId: buyer.customerId, amount: 5000, invoiceId: partly.id });
    await issue('overdue', { issueDate: day(-45), dueDate: day(-15), lines: [line('Late goods', 30000, 2, 19)] });
    await issue('credit', { type: 'credit_note', issueDate: day(-5), lines: [line('Returned goods', 1500)] });
  });

  it('asks a signed-out visitor to sign in', async () => {
    const el = await inPortal<TcInvoiceList>(newPortal(), html`<tc-invoice-list></tc-invoice-list>`);
    expect(text(el, '[part=status]')).to.equal('Sign in to see your invoices.');
    await expect(el).to.be.accessible();
  });

  it('lists the documents with type, number, dates, amounts, status badges, and the totals', async () => {
    const el = await inPortal<TcInvoiceList>(buyer.portal, html`<tc-invoice-list></tc-invoice-list>`);
    await until(() => rows(el).length === 4);
    const byNumber = Object.fromEntries(rows(el).map((row) => [row.querySelector('[part=number]')!.textContent, cells(row)]));
    const date = (offset: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day(offset)}T00:00:00Z`));
    expect(byNumber[numbers.overdue!]).to.deep.equal(['Invoice', numbers.overdue, date(-45), date(-15), '€714.00', '€0.00', 'Overdue', 'PDF']);
    expect(byNumber[numbers.partly!]!.slice(4, 7)).to.deep.equal(['€200.00', '€50.00', 'Partly paid']);
    expect(byNumber[numbers.paid!]!.slice(4, 7)).to.deep.equal(['€100.00', '€100.00', 'Paid']);
    expect(byNumber[numbers.credit!]!.slice(0, 1).concat(byNumber[numbers.credit!]!.slice(3, 7))).to.deep.equal(['Credit note', '—', '€15.00', '€15.00', 'Credited']);
    // Newest first.
    expect(rows(el).map((row) => row.querySelector('[part=number]')!.textContent)).to.deep.equal([numbers.credit, numbers.partly, numbers.overdue, numbers.paid]);
    // Paid: 100 + 50; still to pay: 150 + 714 (credit notes do not count).
    expect(text(el, '[part=total-paid] dd')).to.equal('€150.00');
    expect(text(el, '[part=total-unpaid] dd')).to.equal('€864.00');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('4 documents');
    await expect(el).to.be.accessible();
  });

  it('filters by type and by status through the server', async () => {
    const el = await inPortal<TcInvoiceList>(buyer.portal, html`<tc-invoice-list></tc-invoice-list>`);
    await until(() => rows(el).length === 4);
    const [typeSelect, statusSelect] = [...el.shadowRoot!.querySelectorAll('select')];
    statusSelect!.value = 'overdue';
    statusSelect!.dispatchEvent(new Event('change'));
    await until(() => rows(el).length === 1);
    expect(text(el, '[part=number]')).to.equal(numbers.overdue);
    expect(text(el, '[part=total-unpaid] dd')).to.equal('€714.00');
    expect(el.status).to.equal('overdue');

    statusSelect!.value = '';
    statusSelect!.dispatchEvent(new Event('change'));
    typeSelect!.value = 'credit_note';
    typeSelect!.dispatchEvent(new Event('change'));
    await until(() => rows(el).length === 1 && text(el, '[part=number]') === numbers.credit);
    expect(text(el, '[part=total-unpaid] dd')).to.equal('€0.00');
  });

  it('downloads a PDF through the client, carrying the session token', async () => {
    const seen: Request[] = [];
    const { portal } = await newBuyer({
      portal: {
        fetch: (input, init) => {
          const request = new Request(input, init);
          seen.push(request.clone());
          return fetch(request);
        },
      },
    });
    const customerId = (portal.session.$state.get() as { session: { customer: { id: number } } }).session.customer.id;
    const document = await adminApi('POST', '/v1/admin/invoices', { customerId, type: 'invoice', lines: [line('Drill', 12950, 1, 19)] });
    const el = await inPortal<TcInvoiceList>(portal, html`<tc-invoice-list></tc-invoice-list>`);
    await until(() => rows(el).length === 1);
    // The host page takes the file instead of the browser's download.
    el.addEventListener('tc-invoice-download', (event) => event.preventDefault());
    const downloaded = oneEvent(el, 'tc-invoice-download');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=pdf-button]')!;
    expect(button.getAttribute('aria-label')).to.equal(`Download ${document.number} as PDF`);
    button.click();
    const { detail } = await downloaded;
    expect(detail.invoice.id).to.equal(document.id);
    expect(detail.blob.type).to.equal('application/pdf');
    const head = new TextDecoder().decode(await (detail.blob as Blob).slice(0, 5).arrayBuffer());
    expect(head).to.equal('%PDF-');
    const pdfRequest = seen.find((request) => request.url.endsWith(`/v1/invoices/${document.id}/pdf`))!;
    expect(pdfRequest.headers.get('authorization')).to.match(/^Bearer \S+$/);
  });

  it('says so when a download fails, offers a retry, and keeps the list', async () => {
    const portal = (await newBuyer({ portal: { fetch: interceptFetch('/pdf', () => json({ error: { code: 'internal', message: 'Boom' } }, 500)) } })).portal;
    const customerId = (portal.session.$state.get() as { session: { customer: { id: number } } }).session.customer.id;
    const document = await adminApi('POST', '/v1/admin/invoices', { customerId, type: 'invoice', lines: [line('Saw', 5000)] });
    const el = await inPortal<TcInvoiceList>(portal, html`<tc-invoice-list></tc-invoice-list>`);
    await until(() => rows(el).length === 1);
    const failed = oneEvent(el, 'tc-error');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=pdf-button]')!.click();
    expect((await failed).detail.error).to.be.instanceOf(ServerError);
    await until(() => text(el, '[role=alert] [part=error]'));
    expect(text(el, '[role=alert] [part=error]')).to.equal(`${document.number} could not be downloaded. Try again`);
    expect(text(el, '[role=alert] [part=retry]')).to.equal('Try again');
    expect(rows(el)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows “no access” to a contact without the invoices permission, without asking the server', async () => {
    const seen: string[] = [];
    const { portal } = await newBuyer({
      permissions: ['catalogue'],
      portal: { fetch: (input, init) => { const request = new Request(input, init); seen.push(request.url); return fetch(request); } },
    });
    const el = await inPortal<TcInvoiceList>(portal, html`<tc-invoice-list></tc-invoice-list>`);
    await until(() => text(el, '[part=status]')?.startsWith('Your account has no access'));
    expect(seen.some((url) => url.includes('/v1/invoices'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows “no access” when the server answers 403 after a permission was taken away', async () => {
    const fresh = await newBuyer();
    await adminApi('PUT', `/v1/admin/contacts/${fresh.contactId}/customers/${fresh.customerId}`, { permissions: ['catalogue'] });
    const el = await inPortal<TcInvoiceList>(fresh.portal, html`<tc-invoice-list></tc-invoice-list>`);
    await until(() => text(el, '[part=status]')?.startsWith('Your account has no access'));
    expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
  });

  it('shows an error with a retry that recovers', async () => {
    let fail = true;
    const { portal } = await newBuyer({
      portal: { fetch: interceptFetch('/v1/invoices', (request) => (fail ? json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500) : fetch(request))) },
    });
    const el = document.createElement('tc-invoice-list');
    const errored = oneEvent(el, 'tc-error');
    await inPortal(portal, html`${el}`);
    expect((await errored).detail.error).to.be.instanceOf(ServerError);
    await until(() => el.shadowRoot!.querySelector('[part=retry]'));
    expect(text(el, '[part=error] span')).to.equal('Something went wrong on our side.');
    await expect(el).to.be.accessible();
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await until(() => text(el, '[part=status]') === 'No documents match.');
  });

  it('shows the loading and the empty states accessibly', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { portal } = await newBuyer({ portal: { fetch: interceptFetch('/v1/invoices', async (request) => { await held; return fetch(request); }) } });
    const el = await inPortal<TcInvoiceList>(portal, html`<tc-invoice-list></tc-invoice-list>`);
    await until(() => text(el, '[part=status]') === 'Loading documents…');
    await expect(el).to.be.accessible();
    release();
    await until(() => text(el, '[part=status]') === 'No documents match.');
    expect(text(el, '[part=total-unpaid] dd')).to.equal('€0.00');
    await expect(el).to.be.accessible();
  });

  it('speaks Romanian and counts in lei for a Romanian customer', async () => {
    const { portal, customerId } = await newBuyer({ currency: 'RON', locale: 'ro' });
    await adminApi('POST', '/v1/admin/invoices', { customerId, type: 'invoice', issueDate: day(-40), dueDate: day(-10), lines: [line('Șurub', 123456)] });
    $locale.set('ro-RO');
    try {
      const el = await inPortal<TcInvoiceList>(portal, html`<tc-invoice-list></tc-invoice-list>`);
      await until(() => rows(el).length === 1 && text(el, '[part=status-badge]') === 'Restantă');
      expect(cells(rows(el)[0]!)[0]).to.equal('Factură');
      expect(cells(rows(el)[0]!)[4]).to.equal(new Intl.NumberFormat('ro-RO', { style: 'currency', currency: 'RON' }).format(1234.56).replace(/\s+/g, ' '));
      expect(text(el, '[part=total-unpaid] dt')).to.equal('De plată');
      await expect(el).to.be.accessible();
    } finally {
      $locale.set('en');
    }
  });
});
