import type { Database, Queryable } from '../db/database.js';
import type { MailMessage, MailSender } from './transport.js';

export interface OutboxEntry extends MailMessage {
  orderId: number | null;
  kind: string;
}

/** Writes a message in the caller's transaction: it exists exactly when what it tells of was committed. */
export async function enqueueMail(tx: Queryable, entry: OutboxEntry) {
  await tx.query(
    `INSERT INTO mail_outbox (order_id, kind, recipient, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5, $6)`,
    [entry.orderId, entry.kind, entry.to, entry.subject, entry.text, entry.html],
  );
}

export interface OutboxOptions {
  now?: () => Date;
  /** Messages per run. */
  batch?: number;
  /** Attempts before a message is given up (kept with `failed_at` for the supplier to look at). */
  maxAttempts?: number;
  /** How long a sender holds a message it is sending. */
  leaseMs?: number;
}

/** Wait before the next attempt: 30 s, 1 min, 2 min … capped at one hour. */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

/**
 * Sends the messages that are due. Each is leased first (row lock, SKIP LOCKED), so two senders,
 * even in two processes, never send one message twice; a failure schedules a retry with backoff.
 */
export async function processOutbox(db: Database, sender: MailSender, options: OutboxOptions = {}) {
  const now = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 10;
  const start = now();
  const leased = await db.transaction((tx) =>
    tx.query<{ id: number; recipient: string; subject: string; text_body: string; html_body: string; attempts: number }>(
      `UPDATE mail_outbox SET leased_until = $1::timestamptz + make_interval(secs => $3), attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM mail_outbox
           WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
             AND (leased_until IS NULL OR leased_until <= $1)
           ORDER BY next_attempt_at, id
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
        RETURNING id, recipient, subject, text_body, html_body, attempts`,
      [start, options.batch ?? 20, (options.leaseMs ?? 120_000) / 1000],
    ),
  );
  let sent = 0;
  let failed = 0;
  for (const message of leased) {
    try {
      await sender.send({ to: message.recipient, subject: message.subject, text: message.text_body, html: message.html_body });
      await db.query('UPDATE mail_outbox SET sent_at = $2, leased_until = NULL, last_error = NULL WHERE id = $1', [message.id, now()]);
      sent++;
    } catch (error) {
      failed++;
      const giveUp = message.attempts >= maxAttempts;
      await db.query(
        `UPDATE mail_outbox SET leased_until = NULL, last_error = $2,
                next_attempt_at = $3::timestamptz + make_interval(secs => $4), failed_at = CASE WHEN $5 THEN $3::timestamptz END
          WHERE id = $1`,
        [message.id, String((error as Error).message ?? error).slice(0, 500), now(), retryDelayMs(message.attempts) / 1000, giveUp],
      );
    }
  }
  return { sent, failed };
}
