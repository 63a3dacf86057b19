import type { Config } from './config.js';

/** The server's current instant, from the configured clock (tests control it) or the system's. */
export const now = (config: Pick<Config, 'now'>): Date => config.now?.() ?? new Date();

/** The server's today as `YYYY-MM-DD` (UTC): what due dates and ageing count from. */
export const today = (config: Pick<Config, 'now'>): string => now(config).toISOString().slice(0, 10);

/** A `YYYY-MM-DD` date moved by whole days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
