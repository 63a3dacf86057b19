import { expect, html, oneEvent } from '@open-wc/testing';
import './announcements.js';
import type { TcAnnouncements } from './announcements.js';
import { adminApi, newBuyer } from '../../../test/browser/admin.js';
import { inPortal, interceptFetch, newPortal, text, until } from '../../../test/browser/helpers.js';

declare global {
  interface Window {
    xssFired?: boolean;
  }
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const titles = (el: TcAnnouncements) => [...el.shadowRoot!.querySelectorAll('[part=title]')].map((title) => title.textContent);
const mine = (el: TcAnnouncements, prefix: string) => titles(el).filter((title) => title?.startsWith(prefix));
const post = (customerId: number, title: string, bodyHtml: string, extra: object = {}) =>
  adminApi('POST', '/v1/admin/announcements', { title, bodyHtml, customerIds: [customerId], ...extra });

describe('tc-announcements', () => {
  it('shows the current messages addressed to the buyer, with their rich text', async () => {
    const buyer = await newBuyer();
    await post(buyer.customerId, 'Mine: spring offer', '<p>Save <strong>20%</strong> on <em>drills</em>. <a href="https://ferrum.example/offer">See the offer</a></p><ul><li>Until May</li></ul>', { kind: 'promotion' });
    await post(buyer.customerId, 'Mine: later', '<p>Not yet</p>', { startsAt: new Date(Date.now() + 86_400_000).toISOString() });
    const other = await newBuyer();
    await post(other.customerId, 'Mine: for someone else', '<p>Private</p>');

    const el = await inPortal<TcAnnouncements>(buyer.portal, html`<tc-announcements></tc-announcements>`);
    await until(() => mine(el, 'Mine:').length);
    expect(mine(el, 'Mine:')).to.deep.equal(['Mine: spring offer']);
    const item = [...el.shadowRoot!.querySelectorAll('[part=announcement]')].find((node) => node.textContent!.includes('spring offer'))!;
    expect(item.querySelector('[part=kind]')!.textContent).to.equal('Promotion');
    expect(item.querySelector('[part=body] strong')!.textContent).to.equal('20%');
    expect(item.querySelector('[part=body] em')!.textContent).to.equal('drills');
    const link = item.querySelector<HTMLAnchorElement>('[part=body] a')!;
    expect(link.href).to.equal('https://ferrum.example/offer');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(item.querySelector('[part=body] li')!.textContent).to.equal('Until May');
    await expect(el).to.be.accessible();
  });

  it('renders an XSS payload as inert text', async () => {
    const buyer = await newBuyer();
    window.xssFired = false;
    await post(
      buyer.customerId,
      'Mine: <img src=x onerror="window.xssFired=true">',
      '<p>Hello<script>window.xssFired=true</script><img src=x onerror="window.xssFired=true"> <a href="javascript:window.xssFired=true">click</a> &lt;b onmouseover=x&gt;</p>',
    );
    const el = await inPortal<TcAnnouncements>(buyer.portal, html`<tc-announcements></tc-announcements>`);
    await until(() => mine(el, 'Mine:').length);
    const item = [...el.shadowRoot!.querySelectorAll('[part=announcement]')].find((node) => node.textContent!.includes('Mine:'))!;
    expect(item.querySelector('[part=title]')!.textContent).to.equal('Mine: <img src=x onerror="window.xssFired=true">');
    expect(item.querySelector('[part=body]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Hello click <b onmouseover=x>');
    expect(el.shadowRoot!.querySelectorAll('script, img, [onerror], [onmouseover], b')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.xssFired).to.equal(false);
  });

  it('keeps a hostile body from another back end inert too', async () => {
    const { portal } = await newBuyer({
      portal: {
        fetch: interceptFetch('/v1/announcements', () =>
          json({
            items: [{
              id: 1, kind: 'news', title: 'Hostile', startsAt: null, endsAt: null,
              body: [{ type: 'paragraph', content: [
                { type: 'link', text: 'run', href: 'javascript:window.xssFired=true' },
                { type: 'text', text: '<img src=x onerror="window.xssFired=true">' },
              ] }],
            }],
          }),
        ),
      },
    });
    window.xssFired = false;
    const el = await inPortal<TcAnnouncements>(portal, html`<tc-announcements></tc-announcements>`);
    await until(() => titles(el).length);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null, 'a javascript: link loses its link');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, '[part=body]')).to.equal('run<img src=x onerror="window.xssFired=true">');
    el.shadowRoot!.querySelector<HTMLElement>('[part=body] p')!.click();
    expect(window.xssFired).to.equal(false);
  });

  it('dismisses a message with its button, moves focus on, and the server remembers it for the contact', async () => {
    const buyer = await newBuyer();
    await post(buyer.customerId, 'Mine: first', '<p>One</p>');
    await post(buyer.customerId, 'Mine: second', '<p>Two</p>');
    const el = await inPortal<TcAnnouncements>(buyer.portal, html`<tc-announcements></tc-announcements>`);
    await until(() => mine(el, 'Mine:').length === 2);
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=dismiss]')].find((b) => b.getAttribute('aria-label') === 'Dismiss “Mine: second”')!;
    // A native button: focusable, and Enter or Space activate it. (Real key presses through the test
    // runner would bring this tab to the front and stall the test files running beside it.)
    expect(button.localName).to.equal('button');
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const dismissed = oneEvent(el, 'tc-announcement-dismiss');
    button.click();
    expect((await dismissed).detail.announcement.title).to.equal('Mine: second');
    expect(mine(el, 'Mine:')).to.deep.equal(['Mine: first']);
    expect(text(el, '[part=status]')).to.equal('“Mine: second” dismissed.');
    // Focus stays in the list, on another message's button.
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('dismiss');
    await expect(el).to.be.accessible();

    // A fresh view of the same contact does not bring it back.
    const again = await inPortal<TcAnnouncements>(buyer.portal, html`<tc-announcements></tc-announcements>`);
    await until(() => mine(again, 'Mine:').length);
    expect(mine(again, 'Mine:')).to.deep.equal(['Mine: first']);
  });

  it('brings a message back and says so when the dismissal fails', async () => {
    const buyer = await newBuyer({ portal: { fetch: interceptFetch('/dismiss', () => json({ error: { code: 'internal', message: 'No' } }, 500)) } });
    await post(buyer.customerId, 'Mine: sticky', '<p>Stays</p>');
    const el = await inPortal<TcAnnouncements>(buyer.portal, html`<tc-announcements></tc-announcements>`);
    await until(() => mine(el, 'Mine:').length);
    const errored = oneEvent(el, 'tc-error');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=dismiss]')].find((b) => b.getAttribute('aria-label')!.includes('sticky'))!.click();
    await errored;
    await until(() => text(el, '[part=error]'));
    expect(text(el, '[part=error]')).to.equal('The announcement could not be dismissed. Please try again.');
    expect(mine(el, 'Mine:')).to.deep.equal(['Mine: sticky']);
    await expect(el).to.be.accessible();
  });

  it('shows nothing while signed out or when there is no message', async () => {
    const signedOut = await inPortal<TcAnnouncements>(newPortal(), html`<tc-announcements></tc-announcements>`);
    expect(signedOut.shadowRoot!.querySelector('[part=announcement]')).to.equal(null);
    expect(signedOut.shadowRoot!.textContent!.trim()).to.equal('');
    await expect(signedOut).to.be.accessible();

    const { portal } = await newBuyer({ portal: { fetch: interceptFetch('/v1/announcements', () => json({ items: [] })) } });
    const empty = await inPortal<TcAnnouncements>(portal, html`<tc-announcements></tc-announcements>`);
    await until(() => empty.shadowRoot!.querySelector('slot[name=empty]'));
    expect(empty.shadowRoot!.querySelector('[part=announcement]')).to.equal(null);
    await expect(empty).to.be.accessible();
  });

  it('shows a loading notice, then an error with a retry that recovers', async () => {
    let fail = true;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const buyer = await newBuyer({
      portal: {
        fetch: interceptFetch('/v1/announcements', async (request) => {
          await held;
          return fail ? json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500) : fetch(request);
        }),
      },
    });
    await post(buyer.customerId, 'Mine: after retry', '<p>Back</p>');
    const el = await inPortal<TcAnnouncements>(buyer.portal, html`<tc-announcements></tc-announcements>`);
    await until(() => text(el, '[part=status]') === 'Loading announcements…');
    await expect(el).to.be.accessible();
    release();
    await until(() => el.shadowRoot!.querySelector('[part=retry]'));
    expect(text(el, '[part=error] span')).to.equal('Something went wrong on our side.');
    await expect(el).to.be.accessible();
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await until(() => mine(el, 'Mine:').length);
  });
});
