/** Percentiles (nearest rank) and a compact summary of a list of durations in milliseconds. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface LatencySummary {
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export function summarise(durations: number[], seconds: number): LatencySummary {
  const sorted = [...durations].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    count: sorted.length,
    perSecond: round(sorted.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
  };
}

/** Runs `work` from `concurrency` loops for `seconds`, timing each call. */
export async function timedLoops(concurrency: number, seconds: number, work: () => Promise<unknown>): Promise<LatencySummary> {
  const durations: number[] = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        await work();
        durations.push(performance.now() - start);
      }
    }),
  );
  return summarise(durations, (performance.now() - started) / 1000);
}
