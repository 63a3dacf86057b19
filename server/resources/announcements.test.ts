import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, adminRequest, newCustomer, type TestCustomer } from '../test/admin.js';
import { startTestApp, type TestApp } from '../test/harness.js';

let clock = new Date('2026-05-10T10:00:00Z');
let app: TestApp;
let shop: TestCustomer;
let other: TestCustomer;

const titles = async (token: string) =>
  (await app.request('GET', '/v1/announcements', { token })).body.items.map((item: { title: string }) => item.title) as string[];
const post = (body: object) => admin(app, 'POST', '/v1/admin/announcements', { bodyHtml: '<p>Text</p>', ...body });

describe('announcements', () => {
  before(async () => {
    app = await startTestApp({ now: () => clock });
    // The demo's own announcements are dated by the real clock; these tests use their own.
    for (const item of (await admin(app, 'GET', '/v1/admin/announcements')).items) await admin(app, 'DELETE', `/v1/admin/announcements/${item.id}`);
    shop = await newCustomer(app, { name: 'Announce Shop' });
    other = await newCustomer(app, { name: 'Other Shop' });
  });
  after(() => app.close());

  it('shows current messages for everyone or for the chosen customers, inside their date window', async () => {
    await post({ title: 'For all' });
    await post({ title: 'For the shop', customerIds: [shop.customerId] });
    await post({ title: 'Scheduled', startsAt: '2026-05-20T00:00:00Z' });
    await post({ title: 'Ended', startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-05-09T00:00:00Z' });
    await post({ title: 'Windowed', startsAt: '2026-05-09T00:00:00Z', endsAt: '2026-05-21T00:00:00Z' });

    assert.deepEqual((await titles(shop.token)).sort(), ['For all', 'For the shop', 'Windowed']);
    assert.deepEqual((await titles(other.token)).sort(), ['For all', 'Windowed']);

    clock = new Date('2026-05-20T10:00:00Z');
    try {
      assert.deepEqual((await titles(other.token)).sort(), ['For all', 'Scheduled', 'Windowed']);
      clock = new Date('2026-05-21T00:00:00Z');
      assert.deepEqual((await titles(other.token)).sort(), ['For all', 'Scheduled'], 'the end of the window is excluded');
    } finally {
      clock = new Date('2026-05-10T10:00:00Z');
    }
  });

  it('remembers a dismissal for the contact that dismissed, on the server', async () => {
    const created = await post({ title: 'Dismiss me', customerIds: [shop.customerId] });
    const colleague = await admin(app, 'POST', '/v1/admin/contacts/invitations', { email: 'colleague@announce.example', name: 'Colleague', customerId: shop.customerId });
    const colleagueToken = (await app.request('POST', '/v1/auth/invitations/accept', { body: { token: colleague.token, password: 'another long password' } })).body.token;

    const dismissed = await app.request('POST', `/v1/announcements/${created.id}/dismiss`, { token: shop.token });
    assert.equal(dismissed.status, 204);
    assert.ok(!(await titles(shop.token)).includes('Dismiss me'));
    assert.ok((await titles(colleagueToken)).includes('Dismiss me'), 'another contact of the same customer still sees it');
    // Dismissing twice is harmless; a new session of the same contact stays without it.
    assert.equal((await app.request('POST', `/v1/announcements/${created.id}/dismiss`, { token: shop.token })).status, 204);
    const again = (await app.request('POST', '/v1/auth/session', { body: { email: shop.email, password: 'a long test password', customerId: shop.customerId } })).body.token;
    assert.ok(!(await titles(again)).includes('Dismiss me'));
  });

  it('answers 404 when dismissing a message not addressed to the customer, or unknown', async () => {
    const created = await post({ title: 'Only the shop', customerIds: [shop.customerId] });
    assert.equal((await app.request('POST', `/v1/announcements/${created.id}/dismiss`, { token: other.token })).status, 404);
    assert.equal((await app.request('POST', '/v1/announcements/999999/dismiss', { token: other.token })).status, 404);
    assert.equal((await app.request('GET', '/v1/announcements')).status, 401);
  });

  it('stores a sanitised body and sends it as a tree of text, never as markup', async () => {
    const created = await post({
      title: 'Sale',
      bodyHtml: '<p onclick="x()">Up to <strong>30%</strong> off<script>alert(1)</script><img src=x onerror=alert(2)> <a href="javascript:alert(3)">now</a></p>',
    });
    // The link loses its javascript: address and stays as harmless text.
    assert.equal(created.bodyHtml, '<p>Up to <strong>30%</strong> off <a>now</a></p>');
    const item = (await app.request('GET', '/v1/announcements', { token: other.token })).body.items.find((found: { id: number }) => found.id === created.id);
    assert.deepEqual(item.body, [
      { type: 'paragraph', content: [{ type: 'text', text: 'Up to ' }, { type: 'text', text: '30%', bold: true }, { type: 'text', text: ' off now' }] },
    ]);
    assert.doesNotMatch(JSON.stringify(item), /script|onerror|onclick|javascript/);
  });

  it('checks the admin input: title, window, known customers', async () => {
    const noTitle = await adminRequest(app, 'POST', '/v1/admin/announcements', { title: ' ', bodyHtml: '' });
    assert.equal(noTitle.status, 400);
    assert.ok(noTitle.body.error.fields.title);
    const backwards = await adminRequest(app, 'POST', '/v1/admin/announcements', {
      title: 'x', bodyHtml: '', startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-05-01T00:00:00Z',
    });
    assert.equal(backwards.status, 400);
    assert.ok(backwards.body.error.fields.endsAt);
    const unknown = await adminRequest(app, 'POST', '/v1/admin/announcements', { title: 'x', bodyHtml: '', customerIds: [424242] });
    assert.equal(unknown.status, 400);
    assert.ok(unknown.body.error.fields.customerIds);
    const list = (await admin(app, 'GET', '/v1/admin/announcements')).items;
    const scheduled = list.find((item: { title: string }) => item.title === 'Scheduled');
    assert.equal(scheduled.startsAt, '2026-05-20T00:00:00.000Z');
    assert.equal(scheduled.audience, 'all');
    assert.equal((await adminRequest(app, 'DELETE', '/v1/admin/announcements/999999')).status, 404);
  });
});
