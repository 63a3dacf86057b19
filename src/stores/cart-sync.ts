import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { AddLine, AddLineResult, Cart } from '../../contract/cart.js';
import type { Order } from '../../contract/orders.js';
import type { Client } from '../client/client.js';
import { ApiError, AuthError, ConflictError, ForbiddenError, NetworkError, ServerError, TcError } from '../client/errors.js';
import { newIdempotencyKey } from '../client/orders.js';
import { cartRecord, type CartRecord, type CartStorage, type PendingChange } from './cart-storage.js';
import { cartView, type CartChange, type CartErrors, type CartView } from './cart-view.js';

/** How far the cart has got: loaded, or why not. */
export type CartState = 'signed-out' | 'loading' | 'ready' | 'no-access' | 'error';

export interface CartStatus {
  state: CartState;
  /** This tab's changes are waiting for, or being answered by, the server. */
  syncing: boolean;
  /** Changes wait because the server could not be reached; they are retried, at once when the browser is back online. */
  offline: boolean;
  /** An order is being placed. */
  placing: boolean;
  /** Why loading, or the last request, failed. */
  error?: TcError;
}

/** What became of one change: confirmed, refused (rolled back), or kept to be retried (`pending`). */
export type CartResult = { ok: true } | { ok: false; error: TcError; pending: boolean };

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

/** Whether trying again may help: no answer, a server fault, or an answer that could not be read. */
export function worthRetrying(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof ServerError || (error instanceof ApiError && error.retryable);
}

const asTcError = (error: unknown) => (error instanceof TcError ? error : new TcError(String(error)));

/**
 * Keeps one contact's cart in step with the server: applies changes at once (optimistic), sends
 * them one at a time, rolls a refused change back with the server's reason, keeps unsent changes
 * in storage and retries them, and places the order with one idempotency key per attempt.
 */
export class CartSync {
  readonly $view: ReadableAtom<CartView | undefined>;
  readonly $status = atom<CartStatus>({ state: 'loading', syncing: false, offline: false, placing: false });
  readonly record: CartRecord;

  private readonly $errors = atom<CartErrors>({ lines: {} });
  private readonly waiters = new Map<string, ((result: CartResult) => void)[]>();
  private readonly stops: (() => void)[] = [];
  private inFlight?: string;
  private flushing?: Promise<void>;
  private loading?: AbortController;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay = FIRST_RETRY_MS;
  private stopped = false;

  constructor(
    private readonly client: Client,
    /** This tab's (this Portal's) id: the key of its queue of changes. */
    private readonly tab: string,
    storage: CartStorage,
    prefix: string,
  ) {
    this.record = cartRecord(storage, prefix);
    const { $cart, $pending, $placement } = this.record;
    this.$view = computed([$cart, $pending, this.$errors], (cart, pending, errors) =>
      cart ? cartView(cart, allChanges(pending).map((item) => item.change), errors) : undefined,
    );
    // Keep the stores mounted while attached, so they follow other tabs.
    for (const store of [$cart, $pending, $placement]) this.stops.push(store.listen(() => {}));
    const online = () => {
      void this.refresh();
      void this.flush();
    };
    window.addEventListener('online', online);
    this.stops.push(() => window.removeEventListener('online', online));
    this.adoptOrphans();
    if ($cart.get()) this.setStatus({ state: 'ready' });
  }

  /** Loads the cart and sends whatever was left unsent. */
  start() {
    void this.refresh();
    void this.flush();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.loading?.abort();
    for (const stop of this.stops) stop();
  }

  /** Sends this tab's waiting changes before a sign-out, giving up after `ms` (the server may be out of reach). */
  async sendBeforeSignOut(ms = 5000): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A run already ending (its failure just reported) would not try again: send once more after it.
    const send = async () => {
      await this.flushing;
      await this.flush();
    };
    await Promise.race([send(), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  /**
   * Forgets everything this browser kept of the cart (the server's copy, every tab's unsent
   * changes, an unanswered placement): after an explicit sign-out a shared computer keeps nothing.
   */
  forget() {
    const { $cart, $pending, $placement } = this.record;
    // `undefined`, not null: persistent stores remove their key only then.
    ($cart as WritableAtom<unknown>).set(undefined);
    for (const tab of Object.keys($pending.get())) $pending.setKey(tab, undefined);
    ($placement as WritableAtom<unknown>).set(undefined);
  }

  // ---- changes ----

  /** Applies a change at once and queues it for the server; resolves when the server has judged it. */
  change(change: CartChange): Promise<CartResult> {
    const { $pending, $placement } = this.record;
    const mine = this.own();
    // A newer change of the same thing replaces one not sent yet: fewer requests, same outcome.
    const replaced = mine.filter((item) => item.id !== this.inFlight && supersedes(change, item.change));
    const merged = replaced.reduce<CartChange>((next, item) => mergeDetails(item.change, next), change);
    const item: PendingChange = { id: randomId(), at: Date.now(), change: merged };
    const waiters = replaced.flatMap((old) => this.waiters.get(old.id) ?? []);
    replaced.forEach((old) => this.waiters.delete(old.id));
    const result = new Promise<CartResult>((resolve) => this.waiters.set(item.id, [...waiters, resolve]));
    this.clearError(change);
    // A changed cart is a new order: an unanswered placement of the old one is not retried.
    $placement.set(null);
    $pending.setKey(this.tab, [...mine.filter((old) => !replaced.includes(old)), item]);
    void this.flush();
    return result;
  }

  /** The quantity the buyer now sees for a product (0 when it is not in the cart). */
  quantityOf(productId: number): number {
    return this.$view.get()?.lines.find((line) => line.product.id === productId)?.quantity ?? 0;
  }

  /**
   * Adds many lines (quick order, reorder, CSV) in one request, after the queued changes. A retry of
   * a failed add passes the first attempt's `idempotencyKey`, so lines added before the answer was
   * lost are not added twice.
   */
  async addMany(lines: AddLine[], idempotencyKey: string = newIdempotencyKey()): Promise<AddLineResult[]> {
    await this.flush();
    this.record.$placement.set(null);
    this.setStatus({ syncing: true });
    try {
      const { results, cart } = await this.client.cart.addLines(lines, idempotencyKey);
      this.accept(cart);
      return results;
    } finally {
      this.setStatus({ syncing: this.own().length > 0 });
    }
  }

  /** Sends this tab's queued changes, one at a time, oldest first. */
  flush(): Promise<void> {
    // Started a tick later, so `flushing` is set before the queue is read.
    this.flushing ??= Promise.resolve().then(() => this.drain());
    return this.flushing;
  }

  private async drain() {
    clearTimeout(this.retryTimer);
    let refused = false;
    try {
      for (let next = this.own()[0]; next && !this.stopped; next = this.own()[0]) {
        const outcome = await this.sendOne(next);
        if (outcome === 'wait') return;
        if (outcome === 'refused') refused = true;
      }
    } finally {
      // Cleared in the very tick the queue is found empty (no await in between), so a change
      // queued a moment later starts a new run instead of joining one that is ending.
      this.flushing = undefined;
    }
    if (this.stopped) return;
    this.setStatus({ syncing: this.own().length > 0 });
    // After a refusal the server's cart may differ from ours (stock, a product withdrawn).
    if (refused) await this.refresh();
  }

  /** Sends one change: taken, refused, or `wait` when the queue must wait (no connection, session ended). */
  private async sendOne(next: PendingChange): Promise<'taken' | 'refused' | 'wait'> {
    this.inFlight = next.id;
    this.setStatus({ syncing: true });
    try {
      const cart = await this.send(next.change);
      if (this.stopped) return 'wait';
      this.accept(cart);
      this.settle(next.id, { ok: true });
      this.retryDelay = FIRST_RETRY_MS;
      this.setStatus({ offline: false, error: undefined });
      return 'taken';
    } catch (error) {
      if (this.stopped) return 'wait';
      const typed = asTcError(error);
      if (typed instanceof AuthError) {
        // The session ended: keep the change for when the buyer signs in again.
        this.notify(next.id, { ok: false, error: typed, pending: true });
        return 'wait';
      }
      if (worthRetrying(typed)) {
        this.notify(next.id, { ok: false, error: typed, pending: true });
        this.setStatus({ offline: true, error: typed });
        this.scheduleRetry();
        return 'wait';
      }
      // Refused: drop the change (the view rolls back) and keep the server's reason.
      this.recordRefusal(next.change, typed);
      this.settle(next.id, { ok: false, error: typed, pending: false });
      if (typed instanceof ForbiddenError) this.setStatus({ state: 'no-access', error: typed });
      return 'refused';
    } finally {
      this.inFlight = undefined;
    }
  }

  private send(change: CartChange): Promise<Cart> {
    if (change.kind === 'details') {
      const { note, delivery } = change;
      return this.client.cart.update({ ...(note !== undefined && { note }), ...(delivery !== undefined && { delivery }) });
    }
    return change.quantity === 0
      ? this.client.cart.removeLine(change.productId)
      : this.client.cart.setQuantity(change.productId, change.quantity);
  }

  private scheduleRetry() {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, LAST_RETRY_MS);
  }

  // ---- loading ----

  /** Reads the cart from the server; a cart kept from before stays on show if that fails. */
  async refresh(): Promise<void> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    if (!this.record.$cart.get()) this.setStatus({ state: 'loading' });
    try {
      const cart = await this.client.cart.get(loading.signal);
      if (loading.signal.aborted || this.stopped) return;
      this.accept(cart);
      this.setStatus({ state: 'ready', ...(this.own().length === 0 && { offline: false, error: undefined }) });
    } catch (error) {
      if (loading.signal.aborted || this.stopped || (error instanceof DOMException && error.name === 'AbortError')) return;
      const typed = asTcError(error);
      if (typed instanceof ForbiddenError) this.setStatus({ state: 'no-access', error: typed });
      else if (typed instanceof AuthError) return;
      else if (this.record.$cart.get()) this.setStatus({ state: 'ready', offline: worthRetrying(typed), error: typed });
      else this.setStatus({ state: 'error', error: typed });
    } finally {
      if (this.loading === loading) this.loading = undefined;
    }
  }

  /** Takes a cart the server answered, unless another tab already holds a newer one. */
  private accept(cart: Cart) {
    const known = this.record.$cart.get();
    if (known && cart.version < known.version && Date.parse(cart.updatedAt) <= Date.parse(known.updatedAt)) return;
    this.record.$cart.set(cart);
    if (this.$status.get().state !== 'no-access') this.setStatus({ state: 'ready' });
  }

  // ---- placing ----

  /**
   * Places the cart as an order. A placement that got no answer (network failure, server fault) is
   * kept, and placing again re-sends the same request with the same idempotency key, so the
   * server makes one order however often the buyer retries. The cart empties only on success.
   */
  async place(poNumber?: string): Promise<Order> {
    const { $cart, $placement } = this.record;
    await this.flush();
    if (this.own().length > 0) throw this.$status.get().error ?? new NetworkError('Your changes to the cart are not saved yet.', 'unsaved');
    let attempt = $placement.get();
    if (!attempt) {
      const cart = $cart.get();
      if (!cart) throw this.$status.get().error ?? new NetworkError('The cart is not loaded yet.');
      const po = poNumber?.trim();
      attempt = { key: newIdempotencyKey(), request: { expectedTotal: cart.totals.gross, cartVersion: cart.version, ...(po && { poNumber: po }) } };
      $placement.set(attempt);
    }
    this.setStatus({ placing: true });
    try {
      const order = await this.client.orders.place(attempt.request, attempt.key);
      $placement.set(null);
      this.emptied();
      void this.refresh();
      return order;
    } catch (error) {
      // A clear refusal ends this attempt; the next one is a new placement with a new key.
      if (!worthRetrying(error) && $placement.get()?.key === attempt.key) $placement.set(null);
      if (error instanceof ConflictError) await this.refresh();
      throw error;
    } finally {
      this.setStatus({ placing: false });
    }
  }

  /** The server empties the cart when it makes the order; show that before the reload answers. */
  private emptied() {
    const cart = this.record.$cart.get();
    if (!cart) return;
    const zero = (money: { currency: string }) => ({ amount: 0, currency: money.currency });
    this.record.$cart.set({
      ...cart,
      lines: [],
      note: '',
      totals: { net: zero(cart.totals.net), vat: zero(cart.totals.vat), gross: zero(cart.totals.gross) },
    });
  }

  // ---- errors ----

  /** Forgets the reasons shown for refused changes. */
  dismissErrors() {
    this.$errors.set({ lines: {} });
    if (this.$status.get().error && !this.$status.get().offline) this.setStatus({ error: undefined });
  }

  private recordRefusal(change: CartChange, error: TcError) {
    const errors = this.$errors.get();
    const field = error instanceof ApiError ? error.fields : {};
    if (change.kind === 'details') {
      this.$errors.set({ ...errors, details: { message: field.delivery ?? field.note ?? error.message, error } });
    } else {
      this.$errors.set({ ...errors, lines: { ...errors.lines, [change.productId]: { message: field.quantity ?? error.message, error } } });
    }
    this.setStatus({ error });
  }

  private clearError(change: CartChange) {
    const errors = this.$errors.get();
    if (change.kind === 'details') {
      if (errors.details) this.$errors.set({ lines: errors.lines });
    } else if (errors.lines[change.productId]) {
      const lines = { ...errors.lines };
      delete lines[change.productId];
      this.$errors.set({ ...errors, lines });
    }
  }

  // ---- the queue ----

  /** This tab's unsent changes, oldest first. */
  private own(): PendingChange[] {
    return this.record.$pending.get()[this.tab] ?? [];
  }

  /** Removes a change the server has judged, and tells whoever waits for it. */
  private settle(id: string, result: CartResult) {
    const rest = this.own().filter((item) => item.id !== id);
    this.record.$pending.setKey(this.tab, rest.length > 0 ? rest : undefined);
    this.notify(id, result);
    this.waiters.delete(id);
  }

  private notify(id: string, result: CartResult) {
    for (const resolve of this.waiters.get(id) ?? []) resolve(result);
    if (!(result.ok === false && result.pending)) return;
    // Told once; the change stays queued and is retried without anyone waiting.
    this.waiters.delete(id);
  }

  /**
   * Changes left by tabs that were closed or reloaded before sending them: this tab sends them.
   * (A change sent twice is harmless: quantities are absolute.)
   */
  private adoptOrphans() {
    const { $pending } = this.record;
    const pending = $pending.get();
    const orphans = Object.entries(pending).filter(([tab]) => tab !== this.tab);
    if (orphans.length === 0) return;
    const adopted = [...(pending[this.tab] ?? []), ...orphans.flatMap(([, items]) => items ?? [])].sort(byTime);
    for (const [tab] of orphans) $pending.setKey(tab, undefined);
    $pending.setKey(this.tab, adopted);
  }

  private setStatus(patch: Partial<CartStatus>) {
    const next = { ...this.$status.get(), ...patch };
    if (!next.error) delete next.error;
    this.$status.set(next);
  }
}

function allChanges(pending: Record<string, PendingChange[] | undefined>): PendingChange[] {
  return Object.values(pending)
    .flatMap((items) => items ?? [])
    .sort(byTime);
}

const byTime = (a: PendingChange, b: PendingChange) => a.at - b.at || (a.id < b.id ? -1 : 1);

function supersedes(next: CartChange, old: CartChange): boolean {
  if (next.kind === 'quantity') return old.kind === 'quantity' && old.productId === next.productId;
  return old.kind === 'details';
}

/** A details change keeps what an older one set and it does not. */
function mergeDetails(old: CartChange, next: CartChange): CartChange {
  if (old.kind !== 'details' || next.kind !== 'details') {
    // Keep what to show for a new line when the newer change does not say.
    return next.kind === 'quantity' && old.kind === 'quantity' && !next.product && old.product ? { ...next, product: old.product } : next;
  }
  return {
    ...old,
    ...(next.note !== undefined && { note: next.note }),
    ...(next.delivery !== undefined && { delivery: next.delivery }),
  };
}

export function randomId(): string {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}
