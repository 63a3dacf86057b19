import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The catalogue renders its first page of cards as plain rows ahead of the virtual list, so they are
 * in the DOM with its first render, laid out once. This says when they have been laid out (what
 * comes after them renders then, knowing their height), and when the buyer has scrolled far past
 * them (two viewports) it takes them out of the DOM, their block keeping its height, so a long
 * scroll holds no more cards than the virtual list's window; they come back before they scroll into
 * view again. Never while focus is in them: the buyer would lose their place.
 */
export class FirstPageController implements ReactiveController {
  private block: HTMLElement | null = null;
  /** The list (filter and row shape) whose first page has been laid out. */
  private laidOutFor?: string;
  /** The list whose first page is out of the DOM, if any. */
  private releasedFor?: string;
  private list = '';
  private readonly observer = new IntersectionObserver((entries) => this.seen(entries.at(-1)!), { rootMargin: '200%' });

  /** `laidOut` hears the first page's height once laid out, and says whether something waits for it. */
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

  /** Whether the first page of `list` has been laid out, so what comes after it can render. */
  ready(list: string): boolean {
    return this.laidOutFor === list;
  }

  /** After each render: the block that holds the first page's rows, or null when none is shown. */
  track(block: HTMLElement | null) {
    if (this.block && block !== this.block) this.observer.unobserve(this.block);
    this.block = block;
    if (!block) return;
    this.observer.observe(block); // no-op when already observed
    // The rows are back: the block takes their own height again (after they render, so nothing jumps).
    if (this.releasedFor !== this.list) block.style.minHeight = '';
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
      if (this.releasedFor === undefined) return;
      this.releasedFor = undefined;
    } else if (this.releasedFor === this.list || block!.contains(this.host.shadowRoot!.activeElement)) return;
    else {
      // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it may not).
      block.style.minHeight = `${entry.boundingClientRect.height}px`;
      this.releasedFor = this.list;
    }
    this.host.requestUpdate();
  }
}
