import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProductMatch } from '../../../contract/cart.js';
import type { Client } from '../../client/client.js';
import { TcError } from '../../client/errors.js';

/** What the lookup shows for the row being typed in. */
export interface LookupState {
  row: number;
  query: string;
  items: ProductMatch[];
  /** Index of the highlighted suggestion; -1 for none. */
  active: number;
  loading: boolean;
  error?: TcError;
}

const DEBOUNCE_MS = 250;
const MIN_LENGTH = 2;

/**
 * Suggests products as the buyer types a SKU: waits for a pause in typing, cancels the request of
 * an older query when a newer one starts (so a slow answer never replaces a newer one), and keeps
 * the highlighted suggestion for keyboard use. One lookup at a time: the row that has focus.
 */
export class SkuLookup implements ReactiveController {
  state?: LookupState;
  private timer?: ReturnType<typeof setTimeout>;
  private request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => Client | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    this.close();
  }

  /** The buyer typed `query` in `row`. */
  type(row: number, query: string) {
    clearTimeout(this.timer);
    this.request?.abort();
    const trimmed = query.trim();
    if (trimmed.length < MIN_LENGTH) return this.close();
    this.set({ row, query: trimmed, items: this.state?.row === row ? this.state.items : [], active: -1, loading: true });
    this.timer = setTimeout(() => void this.search(row, trimmed), DEBOUNCE_MS);
  }

  /** Moves the highlight by `step`, wrapping around. */
  move(step: number) {
    const state = this.state;
    if (!state || state.items.length === 0) return;
    const count = state.items.length;
    this.set({ ...state, active: (state.active + step + count) % count });
  }

  close() {
    clearTimeout(this.timer);
    this.request?.abort();
    this.request = undefined;
    if (this.state) this.set(undefined);
  }

  /** Whether `row` shows suggestions. */
  isOpen(row: number): boolean {
    return this.state?.row === row && (this.state.items.length > 0 || this.state.loading || Boolean(this.state.error));
  }

  private async search(row: number, query: string) {
    const client = this.client();
    if (!client) return;
    const request = (this.request = new AbortController());
    try {
      const { items } = await client.cart.lookup({ q: query, limit: 8 }, request.signal);
      if (request.signal.aborted) return;
      this.set({ row, query, items, active: items.length > 0 ? 0 : -1, loading: false });
    } catch (error) {
      if (request.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      this.set({ row, query, items: [], active: -1, loading: false, error: error instanceof TcError ? error : new TcError(String(error)) });
    }
  }

  private set(state: LookupState | undefined) {
    this.state = state;
    this.host.requestUpdate();
  }
}
