// Temporary stand-in for server/test/harness.ts (being written on main); deleted once it lands.
import { serve } from '@hono/node-server';
import { createApp } from '../app.js';
import { configFromEnv } from '../config.js';
import { connect } from '../db/connect.js';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.js';

export async function startTestApp() {
  const db = await connect({});
  await seedDemo(db);
  const app = createApp(db, { ...configFromEnv({}), validateResponses: true });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  async function request(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const response = await fetch(url + path, {
      method,
      headers: {
        ...(options.token && { authorization: `Bearer ${options.token}` }),
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async function signIn(email: string, customerId: number) {
    const { status, body } = await request('POST', '/v1/auth/session', { body: { email, password: DEMO_PASSWORD, customerId } });
    if (status !== 201) throw new Error(`sign-in failed: ${status}`);
    return body.token as string;
  }

  return {
    url,
    db,
    request,
    signIn,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}
