import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { SMTPServer } from 'smtp-server';
import { createApp } from '../app.js';
import { migrate } from '../db/migrate.js';
import { seedDemo } from '../seed/demo.js';
import { openTestDatabase } from '../test/harness.js';
import { ADMIN_KEY, fillCart, newBuyer, place, product, type AppLike } from '../test/ordering-fixtures.js';
import { createMailer, type Mailer } from './mailer.js';
import { processOutbox } from './outbox.js';
import { createMailSender } from './transport.js';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback; `mode` decides whether it accepts, refuses or stalls messages. */
async function startSmtp() {
  const received: Received[] = [];
  const state = { mode: 'accept' as 'accept' | 'refuse' | 'stall', release: () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.mode === 'refuse') {
          const error = Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 });
          return callback(error);
        }
        const accept = () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        };
        if (state.mode === 'stall') state.release = accept;
        else accept();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return { url: `smtp://127.0.0.1:${port}`, received, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('order mail over SMTP', () => {
  let app: AppLike & { close(): Promise<void> };
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let mailer: Mailer;

  before(async () => {
    smtp = await startSmtp();
    const database = await openTestDatabase();
    await migrate(database.db);
    await seedDemo(database.db);
    mailer = createMailer(database.db, { smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'Ferrum <shop@ferrum.example>' });
    const config = { port: 0, corsOrigins: '*' as const, sessionHours: 1, adminKey: ADMIN_KEY, validateResponses: true };
    const server = serve({ fetch: createApp(database.db, config, { mailer }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    app = {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      db: database.db,
      close: async () => {
        (server as import('node:http').Server).closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await mailer.close();
        await database.close();
      },
    };
  });
  after(async () => {
    await app.close();
    await smtp.close();
  });

  async function placeOne(quantity = 1) {
    const buyer = await newBuyer(app);
    await product(app, 60, { stock: 1000, minQuantity: 1, orderMultiple: 1 });
    await fillCart(app, buyer.token, [{ productId: 60, quantity }]);
    const reply = await place(app, buyer.token);
    assert.equal(reply.status, 201);
    return { buyer, order: reply.body };
  }

  const outboxOf = (orderId: number) =>
    app.db.query<{ kind: string; attempts: number; sent_at: Date | null; last_error: string | null; next_attempt_at: Date }>(
      'SELECT kind, attempts, sent_at, last_error, next_attempt_at FROM mail_outbox WHERE order_id = $1 ORDER BY kind',
      [orderId],
    );

  test('the supplier is notified and the buyer gets a confirmation, both naming the order number', async () => {
    smtp.state.mode = 'accept';
    const { buyer, order } = await placeOne(2);
    await mailer.idle();
    const mine = smtp.received.filter((message) => message.raw.includes(order.number));
    assert.equal(mine.length, 2);
    const toSupplier = mine.find((message) => message.to.includes('orders@ferrum.example'));
    const toBuyer = mine.find((message) => message.to.includes(buyer.email));
    assert.ok(toSupplier && toBuyer);
    assert.match(toSupplier.raw, new RegExp(`Subject: New order ${order.number} from Test buyer`));
    assert.match(toBuyer.raw, new RegExp(`Subject: Your order ${order.number} at Ferrum Supply Co\\.`));
    assert.match(toBuyer.raw, /From: Ferrum <shop@ferrum\.example>/);
    const rows = await outboxOf(order.id);
    assert.ok(rows.every((row) => row.sent_at !== null && row.attempts === 1));
  });

  test('a failing SMTP server never fails the order; the mail is retried later and then arrives', async () => {
    smtp.state.mode = 'refuse';
    const { order } = await placeOne();
    await mailer.idle();
    const failed = await outboxOf(order.id);
    assert.equal(failed.length, 2);
    for (const row of failed) {
      assert.equal(row.sent_at, null);
      assert.equal(row.attempts, 1);
      assert.match(row.last_error ?? '', /451|temporarily/);
    }
    assert.ok(!smtp.received.some((message) => message.raw.includes(order.number)));

    smtp.state.mode = 'accept';
    // Not yet due: nothing is sent before the retry delay.
    const sender = createMailSender({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'shop@ferrum.example' });
    await processOutbox(app.db, sender, { now: () => new Date() });
    assert.ok(!smtp.received.some((message) => message.raw.includes(order.number)));
    const later = new Date(Date.now() + 60_000);
    const run = await processOutbox(app.db, sender, { now: () => later });
    sender.close();
    assert.ok(run.sent >= 2);
    assert.equal(smtp.received.filter((message) => message.raw.includes(order.number)).length, 2);
    const sent = await outboxOf(order.id);
    assert.ok(sent.every((row) => row.sent_at !== null && row.attempts === 2));
  });

  test('a stalled SMTP server does not hold up placing the order', async () => {
    smtp.state.mode = 'stall';
    const started = performance.now();
    const { order } = await placeOne();
    assert.ok(performance.now() - started < 5_000);
    assert.equal((await app.db.query('SELECT 1 FROM orders WHERE id = $1', [order.id])).length, 1, 'the order is committed');
    smtp.state.mode = 'accept';
    smtp.state.release();
    await mailer.idle();
  });
});

describe('order mail without SMTP', () => {
  test('is written to the local outbox folder as .eml files', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'tc-outbox-'));
    const database = await openTestDatabase();
    try {
      await migrate(database.db);
      await database.db.query(`INSERT INTO mail_outbox (kind, recipient, subject, text_body, html_body) VALUES ('test', 'a@b.example', 'Order SO-424242', 'Lines', '<p>Lines</p>')`);
      const sender = createMailSender({ outboxDir: folder, from: 'shop@ferrum.example' });
      assert.equal(sender.kind, 'folder');
      const run = await processOutbox(database.db, sender);
      assert.deepEqual(run, { sent: 1, failed: 0 });
      const files = await readdir(folder);
      assert.equal(files.length, 1);
      assert.match(files[0]!, /\.eml$/);
      const text = await readFile(join(folder, files[0]!), 'utf8');
      assert.match(text, /Subject: Order SO-424242/);
      assert.match(text, /To: a@b\.example/);
    } finally {
      await database.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
