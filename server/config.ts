import { parseTrustProxy, type TrustProxy } from './http/client-address.js';

/** Settings of the reference back end, read from the environment. */
export interface Config {
  port: number;
  /** PostgreSQL URL; the embedded PGlite is used when absent. */
  databaseUrl?: string;
  /** PGlite's data folder; memory when absent. */
  dataDir?: string;
  /** Origins allowed to call the API from a browser; `*` allows any. */
  corsOrigins: string[] | '*';
  sessionHours: number;
  /** Key for the supplier's admin API (`X-Admin-Key`). */
  adminKey: string;
  /** Check every answer against the contract (tests turn this on). */
  validateResponses: boolean;
  /** The server's clock: what "today" and "now" are for due dates, announcements and invitations. Tests set it. */
  now?: () => Date;
  /** How long an invitation link works; 72 hours unless said. */
  invitationHours?: number;
  /** The page with <tc-accept-invitation> that invitation links open; the demo's welcome page unless said. */
  invitationUrl?: string;
  /** `smtp://user:pass@host:port`; without it, order mail is written to `mailOutboxDir`. */
  smtpUrl?: string;
  /** Sender of order mail. */
  mailFrom?: string;
  /** Folder for `.eml` files when there is no SMTP server; `.data/outbox` by default. */
  mailOutboxDir?: string;
  /** How often unconfirmed orders are checked for expiry (ms); 5 minutes by default. */
  orderExpiryIntervalMs?: number;
  /**
   * Test only (`TC_TEST_AFTER_COMMIT_DELAY_MS`, set by `npm run test:chaos`): waits this long after
   * an order is committed and before answering, so a killed process can leave an order saved and
   * unanswered. Never set in production.
   */
  afterOrderCommitDelayMs?: number;
  /** Proxies whose X-Forwarded-For names the client (per-address sign-in limit); none by default. `TRUST_PROXY`. */
  trustProxy?: TrustProxy;
}

/** The demo site's welcome page (`npm start`), where an invited contact sets its password. */
export const DEFAULT_INVITATION_URL = 'http://127.0.0.1:5173/welcome.html';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const origins = env.CORS_ORIGINS?.trim();
  return {
    port: Number(env.PORT ?? 8787),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR === 'memory' ? undefined : (env.DATA_DIR ?? '.data/pglite'),
    corsOrigins: !origins || origins === '*' ? '*' : origins.split(',').map((origin) => origin.trim()),
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    adminKey: env.ADMIN_KEY ?? 'dev-admin-key',
    validateResponses: env.VALIDATE_RESPONSES === '1',
    invitationHours: Number(env.INVITATION_HOURS ?? 72),
    invitationUrl: env.INVITATION_URL || DEFAULT_INVITATION_URL,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    mailOutboxDir: env.MAIL_OUTBOX_DIR || undefined,
    orderExpiryIntervalMs: env.ORDER_EXPIRY_INTERVAL_MS ? Number(env.ORDER_EXPIRY_INTERVAL_MS) : undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    afterOrderCommitDelayMs: env.TC_TEST_AFTER_COMMIT_DELAY_MS ? Number(env.TC_TEST_AFTER_COMMIT_DELAY_MS) : undefined,
  };
}
