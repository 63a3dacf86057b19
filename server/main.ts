// Starts the reference back end: `tsx server/main.ts`. Seeds demo data into an empty database.
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { connect } from './db/connect.js';
import { startOrderExpiry } from './jobs/order-expiry.js';
import { createMailer } from './mail/mailer.js';
import { isEmpty, seedDemo } from './seed/demo.js';

export async function startServer(config = configFromEnv()) {
  const db = await connect(config);
  if (await isEmpty(db)) await seedDemo(db);
  const mailer = createMailer(db, {
    smtpUrl: config.smtpUrl,
    outboxDir: config.mailOutboxDir ?? '.data/outbox',
    from: config.mailFrom ?? 'Tradecounter <orders@tradecounter.localhost>',
  });
  mailer.start();
  const expiry = startOrderExpiry(db, config.orderExpiryIntervalMs ?? 300_000, { now: config.now });
  const app = createApp(db, config, { mailer });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await expiry.stop();
      await mailer.close();
      await db.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url, db } = await startServer();
  console.log(`Tradecounter API on ${url} (${db.kind})`);
}
