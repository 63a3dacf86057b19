import type { Database } from '../db/database.js';
import { processOutbox, type OutboxOptions } from './outbox.js';
import { createMailSender, type TransportOptions } from './transport.js';

/**
 * The outbox runner: `kick()` after a commit sends soon without the request waiting for it;
 * `start()` also retries due messages on an interval.
 */
export function createMailer(db: Database, transport: TransportOptions, options: OutboxOptions = {}) {
  const sender = createMailSender(transport);
  let running: Promise<unknown> | undefined;
  let again = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  /** One pass at a time; a kick during a pass asks for one more pass after it. */
  function run(): Promise<unknown> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await processOutbox(db, sender, options).catch((error) => console.error('mail outbox:', error));
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    sender,
    kick: () => void run(),
    /** Resolves when the current pass (if any) is done. */
    idle: () => running ?? Promise.resolve(),
    start(intervalMs = 60_000) {
      timer ??= setInterval(() => void run(), intervalMs);
      timer.unref?.();
    },
    async close() {
      if (timer) clearInterval(timer);
      await running;
      sender.close();
    },
  };
}

export type Mailer = ReturnType<typeof createMailer>;
