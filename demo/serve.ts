// `npm start`: the reference back end on the embedded database (seeded with demo data on first
// run) and the demo supplier website that embeds the tags.
import { createServer } from 'vite';
import { configFromEnv } from '../server/config.js';
import { startServer } from '../server/main.js';
import { demoContacts, DEMO_PASSWORD } from '../server/seed/demo.js';

// Invitation links open this demo site's welcome page unless INVITATION_URL says otherwise.
process.env.INVITATION_URL ??= `http://127.0.0.1:${process.env.DEMO_PORT ?? 5173}/welcome.html`;
const config = configFromEnv();
const api = await startServer(config);
process.env.VITE_TC_API = api.url;
// The back-office page (admin.html) plays the supplier's ERP from the browser, so it needs the admin
// key: only while the API and this site are on this machine. A real ERP keeps the key on its server.
if (['127.0.0.1', 'localhost', '[::1]'].includes(new URL(api.url).hostname)) process.env.VITE_TC_ADMIN_KEY = config.adminKey;

const site = await createServer({
  configFile: false,
  root: new URL('.', import.meta.url).pathname,
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173) },
  logLevel: 'warn',
});
await site.listen();
const siteUrl = site.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';

console.log(`
  Tradecounter demo

  Supplier website  ${siteUrl}
  Back office       ${siteUrl}admin.html
  Back end (API)    ${api.url}  (${api.db.kind}${config.databaseUrl ? '' : `, data in ${config.dataDir ?? 'memory'}`})
  Admin key         ${config.adminKey}

  Demo sign-ins (password: ${DEMO_PASSWORD})
${demoContacts.map((contact) => `    ${contact.email.padEnd(30)} ${contact.customers.join(', ')}`).join('\n')}

  Press Ctrl+C to stop.
`);

const stop = async () => {
  await site.close();
  await api.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
