import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * Subscribes a Lit element to a nanostores store while it is connected. The store is given by a
 * function, read again before each update, so a store that belongs to a portal found later (through
 * context) is picked up when the portal arrives.
 */
export class StoreController<T> implements ReactiveController {
  private store?: ReadableAtom<T>;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select: () => ReadableAtom<T> | undefined,
  ) {
    host.addController(this);
  }

  /** The store's current value, or undefined until there is a store. */
  get value(): T | undefined {
    return this.store?.get();
  }

  hostConnected() {
    this.follow();
  }

  hostUpdate() {
    this.follow();
  }

  hostDisconnected() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  private follow() {
    const store = this.select();
    if (store === this.store && this.unsubscribe) return;
    this.unsubscribe?.();
    this.store = store;
    // listen() (not subscribe) so no extra update runs for the current value.
    this.unsubscribe = store?.listen(() => this.host.requestUpdate());
    if (store) this.host.requestUpdate();
  }
}
