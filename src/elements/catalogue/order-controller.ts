import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Product } from '../../../contract/catalogue.js';
import { TcError } from '../../client/errors.js';
import type { Portal } from '../../portal/portal.js';
import type { CartResult } from '../../stores/cart.js';
import type { CatalogueMessages } from './messages.js';
import type { CardContext, Notice } from './product-parts.js';
import { checkQuantity, smallestQuantity, stepQuantity, type QuantityProblem } from './quantity.js';

export interface OrderControllerOptions {
  portal(): Portal | undefined;
  messages(): CatalogueMessages;
  locale(): string;
  /** The quantity to start from, when not the product's smallest valid one (a favourite's usual quantity). */
  usualQuantity?(product: Product): number | undefined;
  /** Tells the host page: `tc-cart-add`, `tc-favourite-change`, `tc-error`. */
  emit(name: 'tc-cart-add' | 'tc-favourite-change', detail: object): void;
  reportError(error: unknown): void;
  /** What to show for a failure, in the current language. */
  errorText(error: unknown): string;
}

/**
 * The view state and actions behind the order controls of product cards (catalogue, details,
 * saved items): quantity drafts and their problems, requests under way, add to cart, favourite.
 */
export class OrderController implements ReactiveController {
  private readonly drafts = new Map<number, string>();
  private readonly problems = new Map<number, QuantityProblem>();
  private readonly busy = new Set<number>();
  /** The last confirmation or failure, for a status line. */
  notice?: Notice;
  /** Goes up with every change of drafts, problems or requests under way: cards that show them must render again. */
  revision = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: OrderControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  private changed() {
    this.revision++;
    this.host.requestUpdate();
  }

  draft(product: Product) {
    return this.drafts.get(product.id) ?? String(this.options.usualQuantity?.(product) ?? smallestQuantity(product));
  }

  /** What the shared card templates need, with `open` for the element to fill in. */
  context(open: CardContext['open'] = () => {}): CardContext {
    const portal = this.options.portal();
    return {
      t: this.options.messages(),
      locale: this.options.locale(),
      includeVat: portal?.settings.get()?.pricesIncludeVat ?? false,
      favourites: portal?.favourites.$ids.get() ?? new Set(),
      draft: (product) => this.draft(product),
      problem: (product) => this.problems.get(product.id),
      busy: (product) => this.busy.has(product.id),
      open,
      typed: (product, value) => {
        this.drafts.set(product.id, value);
        // A complaint goes as soon as the quantity is right; new ones wait until the buyer leaves the field.
        if (this.problems.has(product.id) && 'quantity' in checkQuantity(value, product)) this.problems.delete(product.id);
        this.changed();
      },
      validate: (product) => {
        const check = checkQuantity(this.draft(product), product);
        if ('problem' in check) this.problems.set(product.id, check.problem);
        else this.problems.delete(product.id);
        this.changed();
      },
      step: (product, direction) => {
        this.drafts.set(product.id, String(stepQuantity(this.draft(product), product, direction)));
        this.problems.delete(product.id);
        this.changed();
      },
      addToCart: (product, input) => void this.addToCart(product, input),
      toggleFavourite: (product) => void this.toggleFavourite(product),
    };
  }

  private async addToCart(product: Product, input: HTMLInputElement | null) {
    const check = checkQuantity(this.draft(product), product);
    if ('problem' in check) {
      this.problems.set(product.id, check.problem);
      this.changed();
      input?.focus();
      return;
    }
    this.busy.add(product.id);
    this.changed();
    try {
      const result = await this.sendToCart(product, check.quantity);
      if (result.ok) this.added(product, check.quantity);
      else if (result.pending) this.failPending(product, check.quantity, result.error);
      else this.fail(result.error);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.delete(product.id);
      this.changed();
    }
  }

  private added(product: Product, quantity: number) {
    this.notice = { text: this.options.messages().added({ name: product.name }), error: false };
    this.options.emit('tc-cart-add', { productId: product.id, quantity });
    // The quantity a buyer orders a favourite in becomes its usual quantity.
    this.options.portal()?.favourites.rememberQuantity(product.id, quantity).catch(() => {});
  }

  /**
   * No answer (offline, a fault on the server): the cart keeps the change and sends it later. Say
   * so, with a retry that sends it now; adding again would add the quantity twice.
   */
  private failPending(product: Product, quantity: number, error: TcError) {
    this.fail(error);
    this.notice = { ...this.notice!, retry: { label: this.options.messages().retry, run: () => void this.resend(product, quantity) } };
    this.changed();
  }

  private async resend(product: Product, quantity: number) {
    const cart = this.options.portal()?.cart;
    if (!cart || this.busy.has(product.id)) return;
    this.busy.add(product.id);
    this.changed();
    try {
      await cart.retry();
      const status = cart.$status.get();
      const line = cart.$cart.get()?.lines.find((item) => item.product.id === product.id);
      if (status.offline && status.error) this.failPending(product, quantity, status.error);
      else if (line && !line.pending && !line.error) this.added(product, quantity);
      else this.fail(status.error ?? line?.error);
    } finally {
      this.busy.delete(product.id);
      this.changed();
    }
  }

  /** The one place a product goes to the cart. */
  private async sendToCart(product: Product, quantity: number): Promise<CartResult> {
    const cart = this.options.portal()?.cart;
    if (!cart) throw new TcError(this.options.messages().cartUnavailable);
    // Passing the product lets the cart show the new line before the server answers.
    const { id, sku, name, unit, images, minQuantity, orderMultiple } = product;
    return cart.add(id, quantity, { id, sku, name, unit, image: images[0], minQuantity, orderMultiple });
  }

  private async toggleFavourite(product: Product) {
    const favourites = this.options.portal()?.favourites;
    if (!favourites) return;
    await this.setFavourite(product, !favourites.$ids.get().has(product.id));
  }

  /** Saves or removes a favourite; a failure offers a retry of the same change (both are idempotent on the server). */
  private async setFavourite(product: Product, favourite: boolean) {
    const favourites = this.options.portal()?.favourites;
    if (!favourites) return;
    try {
      await (favourite ? favourites.add(product) : favourites.remove(product.id));
      // A failure shown before (this change's, retried) is over.
      if (this.notice?.error) this.notice = undefined;
      this.options.emit('tc-favourite-change', { productId: product.id, favourite });
    } catch (error) {
      this.fail(error);
      this.notice = { ...this.notice!, retry: { label: this.options.messages().retry, run: () => void this.setFavourite(product, favourite) } };
    }
    this.changed();
  }

  private fail(error: unknown) {
    this.options.reportError(error);
    this.notice = { text: this.options.errorText(error), error: true };
    this.changed();
  }
}
