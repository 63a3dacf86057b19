/** Milliseconds since the epoch; tests pass a clock they move by hand. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/**
 * Counts events per key in a fixed window. The reference back end keeps the counts in memory (one
 * process); a deployment with several processes puts another implementation behind this interface.
 */
export interface WindowCounter {
  /** Events counted for the key in its current window, and when that window ends (ms). */
  peek(key: string): { count: number; resetsAt: number };
  add(key: string): void;
  clear(key: string): void;
}

export class MemoryWindowCounter implements WindowCounter {
  private readonly windows = new Map<string, { count: number; resetsAt: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly clock: Clock = systemClock,
  ) {}

  peek(key: string) {
    const now = this.clock.now();
    const window = this.windows.get(key);
    if (!window || window.resetsAt <= now) return { count: 0, resetsAt: now + this.windowMs };
    return { ...window };
  }

  add(key: string) {
    const current = this.peek(key);
    this.windows.set(key, { count: current.count + 1, resetsAt: current.resetsAt });
    // Old windows go when the map grows, so a flood of addresses cannot grow it without bound.
    if (this.windows.size > 10_000) this.sweep();
  }

  clear(key: string) {
    this.windows.delete(key);
  }

  private sweep() {
    const now = this.clock.now();
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }
}

export interface SignInLimits {
  /** Failed sign-ins per e-mail address (known or not) per window. */
  perEmail: { failures: number; windowMs: number };
  /** Failed sign-ins per client address per window. */
  perAddress: { failures: number; windowMs: number };
}

export const defaultSignInLimits: SignInLimits = {
  perEmail: { failures: 5, windowMs: 15 * 60_000 },
  perAddress: { failures: 20, windowMs: 60_000 },
};

/**
 * Throttles password guessing on the sign-in endpoints: too many failures for one e-mail address,
 * or from one client address, and further attempts are refused until the window ends. Unknown and
 * known e-mail addresses are counted alike, so the limit does not reveal which accounts exist.
 */
export class SignInThrottle {
  private readonly byEmail: WindowCounter;
  private readonly byAddress: WindowCounter;

  constructor(
    readonly limits: SignInLimits = defaultSignInLimits,
    private readonly clock: Clock = systemClock,
    counters?: { byEmail: WindowCounter; byAddress: WindowCounter },
  ) {
    this.byEmail = counters?.byEmail ?? new MemoryWindowCounter(limits.perEmail.windowMs, clock);
    this.byAddress = counters?.byAddress ?? new MemoryWindowCounter(limits.perAddress.windowMs, clock);
  }

  /** Seconds until another attempt is allowed for this e-mail from this address; 0 when allowed now. */
  retryAfter(email: string, address: string): number {
    const now = this.clock.now();
    let until = 0;
    const email_ = this.byEmail.peek(email);
    if (email_.count >= this.limits.perEmail.failures) until = Math.max(until, email_.resetsAt);
    const address_ = this.byAddress.peek(address);
    if (address_.count >= this.limits.perAddress.failures) until = Math.max(until, address_.resetsAt);
    return until === 0 ? 0 : Math.max(1, Math.ceil((until - now) / 1000));
  }

  failed(email: string, address: string) {
    this.byEmail.add(email);
    this.byAddress.add(address);
  }

  /** A right password clears that e-mail's failures (not the address's: others may share it). */
  succeeded(email: string) {
    this.byEmail.clear(email);
  }
}
