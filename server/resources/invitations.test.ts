import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, adminRequest } from '../test/admin.js';
import { startTestApp, type TestApp } from '../test/harness.js';

let clock = new Date('2026-05-04T09:00:00Z');
let app: TestApp;
let customerId: number;

const invite = (email: string) => admin(app, 'POST', '/v1/admin/contacts/invitations', { email, name: 'Ioana Pop', customerId });
const check = (token: string) => app.request('POST', '/v1/auth/invitations/check', { body: { token } });

describe('invitation links', () => {
  before(async () => {
    app = await startTestApp({ now: () => clock, invitationHours: 24, invitationUrl: 'https://shop.example/welcome?from=mail' });
    customerId = (await admin(app, 'POST', '/v1/admin/customers', { name: 'Link Test SRL', currency: 'RON' })).id;
  });
  after(() => app.close());

  it('builds the link on the configured page, keeping its own query, with the token in `token`', async () => {
    const invitation = await invite('link.buyer@links.example');
    const link = new URL(invitation.link);
    assert.equal(`${link.origin}${link.pathname}`, 'https://shop.example/welcome');
    assert.equal(link.searchParams.get('from'), 'mail');
    assert.equal(link.searchParams.get('token'), invitation.token);
  });

  it('tells the link’s holder who an open invitation is for, and nothing for a used one', async () => {
    const invitation = await invite('check.buyer@links.example');
    const open = await check(invitation.token);
    assert.equal(open.status, 200);
    assert.deepEqual(open.body, { name: 'Ioana Pop', email: 'check.buyer@links.example', customerName: 'Link Test SRL', expiresAt: '2026-05-05T09:00:00.000Z' });

    // Checking does not use the link up.
    assert.equal((await check(invitation.token)).status, 200);
    const accepted = await app.request('POST', '/v1/auth/invitations/accept', { body: { token: invitation.token, password: 'a good long password' } });
    assert.equal(accepted.status, 201);

    const used = await check(invitation.token);
    assert.equal(used.status, 400);
    assert.equal(used.body.error.code, 'validation_failed');
    assert.match(used.body.error.fields.token, /expired, was already used, or was withdrawn/);
    assert.equal(used.body.error.fields.name, undefined);
  });

  it('answers an expired, a revoked and an unknown link alike', async () => {
    const late = await invite('late.check@links.example');
    const revoked = await invite('revoked.check@links.example');
    assert.equal((await adminRequest(app, 'POST', `/v1/admin/contacts/${revoked.contactId}/revoke`)).status, 204);
    clock = new Date('2026-05-05T09:00:01Z');
    try {
      const answers = await Promise.all([late.token, revoked.token, 'not-a-real-token'].map(check));
      assert.deepEqual(answers.map((answer) => answer.status), [400, 400, 400]);
      assert.equal(new Set(answers.map((answer) => JSON.stringify(answer.body))).size, 1, 'one answer for every reason');
    } finally {
      clock = new Date('2026-05-04T09:00:00Z');
    }
    assert.equal((await check('')).status, 400);
  });
});
