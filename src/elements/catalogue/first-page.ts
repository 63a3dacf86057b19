import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far beyond the viewport, above and below (share of its height), the first page stays in the DOM. */
const KEEP_WITHIN = '200%';

/**
 * The catalogue renders its first page of cards as plain rows ahead of the virtual list, so they are
 * in the DOM with its first render, laid out once. When the buyer has scrolled far past them, this
 * takes them out (their block keeps its height), so a long scroll holds no more cards than the
 * virtual list's window; they come back before they scroll into view again. Never while focus is
 * in them: the buyer would lose their place.
 */
export class FirstPageController implements ReactiveController {
  private block?: HTMLElement;
  /** The list (filter and row shape) whose first page is out of the DOM, if any. */
  private releasedFor?: string;
  /** The list whose first page has been laid out (its block seen once). */
  private laidOutFor?: string;
  private list = '';
  private readonly observer = new IntersectionObserver((entries) => this.seen(entries[entries.length - 1]!), {
    rootMargin: `${KEEP_WITHIN} 0px`,
  });

  /**
   * `laidOut` hears the first page's height once it is laid out, before anything after it renders,
   * and says whether something waits for it (then the host renders again).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly laidOut: (height: number) => boolean,
  ) {
    host.addController(this);
  }

  /** Whether the first page's rows of `list` are to be rendered now. */
  shown(list: string): boolean {
    this.list = list;
    return this.releasedFor !== list;
  }

  /**
   * Whether the first page of `list` has been laid out, so what comes after it can render: one
   * frame after it, knowing its rows' height, and never in the task that renders the first page.
   */
  ready(list: string): boolean {
    return this.laidOutFor === list;
  }

  /** After each render: the block that holds the first page's rows, or null when none is shown. */
  track(block: HTMLElement | null) {
    if (block !== (this.block ?? null)) {
      if (this.block) this.observer.unobserve(this.block);
      this.block = block ?? undefined;
      if (block) this.observer.observe(block);
    }
    // The rows are back: the block takes their own height again (after they render, so nothing jumps).
    if (block?.style.minHeight && this.releasedFor !== this.list) block.style.minHeight = '';
  }

  /** Brings the rows back now, e.g. for the keyboard moving into them. */
  async restore() {
    if (this.releasedFor === undefined) return;
    this.releasedFor = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  hostConnected() {
    if (this.block) this.observer.observe(this.block);
  }

  hostDisconnected() {
    this.observer.disconnect();
  }

  private seen(entry: IntersectionObserverEntry) {
    const block = this.block;
    if (entry.target !== block) return;
    if (this.laidOutFor !== this.list) {
      this.laidOutFor = this.list;
      if (this.laidOut(entry.boundingClientRect.height)) this.host.requestUpdate();
    }
    if (entry.isIntersecting) {
      if (this.releasedFor !== undefined) void this.restore();
      return;
    }
    const active = this.host.shadowRoot?.activeElement;
    if (this.releasedFor === this.list || (active && block.contains(active))) return;
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it may not).
    block.style.minHeight = `${entry.boundingClientRect.height}px`;
    this.releasedFor = this.list;
    this.host.requestUpdate();
  }
}
