import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one message or throws; how depends on the configuration. */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
  close(): void;
  readonly kind: 'smtp' | 'folder';
}

export interface TransportOptions {
  /** `smtp://user:pass@host:port` (or `smtps://`); when absent, mail is written to `outboxDir`. */
  smtpUrl?: string;
  /** Folder for `.eml` files when there is no SMTP server. */
  outboxDir: string;
  from: string;
}

/** SMTP through nodemailer when configured, else each message as an `.eml` file in a local folder. */
export function createMailSender(options: TransportOptions): MailSender {
  if (options.smtpUrl) {
    // Short timeouts: a hung SMTP server delays only the outbox, but should not hold it for minutes.
    const transport = nodemailer.createTransport(
      { url: options.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
      { from: options.from },
    );
    return {
      kind: 'smtp',
      async send(message) {
        await transport.sendMail(message);
      },
      close: () => transport.close(),
    };
  }
  // The same MIME message an SMTP server would get, so the folder shows exactly what would be sent.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let sequence = 0;
  return {
    kind: 'folder',
    async send(message) {
      const info = await transport.sendMail({ from: options.from, ...message });
      await mkdir(options.outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${++sequence}.eml`;
      await writeFile(join(options.outboxDir, name), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}
