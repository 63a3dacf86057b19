// Accessibility of every element the SDK exports, found at run time: an element merged later is
// covered as soon as src/index.ts exports it. Each renders in a <tc-portal>, signed out and signed
// in, and must pass axe in the light, dark and compact themes, reflow at 320 px and at 200 % zoom
// without horizontal scrolling, show a visible focus ring on every stop of the Tab order, and
// stop moving when the visitor asks for reduced motion.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import * as sdk from '../../src/index.js';
import { adoptTheme, themes } from '../../src/themes/index.js';
import type { Portal } from '../../src/portal/portal.js';
import { DEMO_PASSWORD, newPortal, until } from './helpers.js';

/** Every `tc-` tag src/index.ts exports a class for, except the portal (it renders only its slot). */
const tags = Object.values(sdk)
  .flatMap((value) => (typeof value === 'function' ? [customElements.getName(value as CustomElementConstructor)] : []))
  .filter((tag): tag is string => !!tag?.startsWith('tc-') && tag !== 'tc-portal')
  .sort();

for (const theme of Object.values(themes)) adoptTheme(theme);
// A themed page paints its background and text with the theme, as a host page would.
adoptTheme('.themed-page { background: var(--tc-color-surface-alt, #fff); color: var(--tc-color-text, #1d2329); padding: 8px; }');

/** Runs only the axe rules a theme can break: contrast and target size. */
async function themeViolations(element: Element) {
  // chai-a11y-axe (loaded by @open-wc/testing) puts axe on the window.
  const { axe } = window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } };
  const { violations } = await axe.run(element, { runOnly: ['color-contrast', 'target-size'] });
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary}`));
}

/** A portal whose requests are counted, so a test can wait until an element has its data. */
function countingPortal() {
  let inFlight = 0;
  const portal = newPortal({
    fetch: async (input, init) => {
      inFlight++;
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    },
  });
  return { portal, idle: () => inFlight === 0 };
}

type State = 'signed out' | 'signed in';

/**
 * Attributes a tag is rendered with here. The catalogue's scrolling list renders more cards (and
 * Tab stops) as focus moves down, so a walk of the Tab order never leaves it: here it shows one
 * page; catalogue.test.ts tests the scrolling list's keyboard use and focus rings.
 */
const attributes: Record<string, Record<string, string>> = { 'tc-catalogue': { 'page-size': '6' } };

/**
 * Renders `tag` in a <tc-portal> inside a page area painted as a themed page would be, and waits
 * until it has its data. Not an open-wc fixture: one rendering serves all the tests of a state.
 */
async function render(tag: string, state: State) {
  const { portal, idle } = countingPortal();
  if (state === 'signed in') await portal.session.signIn('anna@nordwerk.example', DEMO_PASSWORD, 1);
  const page = document.createElement('div');
  page.className = 'themed-page';
  const host = document.createElement('tc-portal') as HTMLElement & { portal: Portal };
  host.portal = portal;
  const element = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes[tag] ?? {})) element.setAttribute(name, value);
  host.append(element);
  page.append(host);
  document.body.append(page);
  // Settled: no request in flight three polls in a row, and the last render done.
  let quiet = 0;
  await until(() => (idle() ? ++quiet >= 3 : (quiet = 0) > 0), 8000);
  await element.updateComplete;
  return { page, element };
}

/** The element focused inside shadow roots, however deep. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is inside `element`, across shadow roots. */
function within(element: Element, node: Node | null): boolean {
  while (node) {
    if (node === element) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

function shadowDescendants(element: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return found;
}

const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));

// The catalogue's virtual list re-lays out inside a ResizeObserver callback; Chrome reports that
// as a harmless "loop" error, which would otherwise fail the running test.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

describe('every element', () => {
  it('is found in the SDK’s exports', () => {
    expect(tags).to.include.members(['tc-catalogue', 'tc-login']);
  });

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      for (const state of ['signed out', 'signed in'] as const) {
        describe(state, () => {
          let page: HTMLElement;
          let element: HTMLElement;
          before(async () => ({ page, element } = await render(tag, state)));
          after(() => page.remove());

          it('passes axe', async () => {
            await expect(element).to.be.accessible();
          });

          it('keeps contrast and target sizes in the dark and compact themes', async () => {
            for (const theme of ['tc-theme-dark', 'tc-theme-compact', 'tc-theme-dark tc-theme-compact']) {
              page.className = `themed-page ${theme}`;
              expect(await themeViolations(element), theme).to.deep.equal([]);
            }
            page.className = 'themed-page';
          });

          it('reflows without horizontal scrolling at 320 px and at 200 % zoom', async () => {
            // 200 % zoom of a 1280 px window leaves 640 CSS pixels; WCAG's reflow criterion asks for 320.
            for (const width of [320, 640]) {
              await setViewport({ width, height: 640 });
              // Not requestAnimationFrame: it does not fire in a background tab (tests run two at a time).
              await new Promise((resolve) => setTimeout(resolve, 50));
              expect(document.documentElement.scrollWidth, `page width at ${width} px`).to.be.at.most(width);
              for (const piece of shadowDescendants(element)) {
                const box = piece.getBoundingClientRect();
                if (box.width > 0) expect(box.right, `${piece.localName}.${piece.className} at ${width} px`).to.be.at.most(width + 0.5);
              }
            }
            await expect(element).to.be.accessible();
          });

          it('shows a visible focus ring on every Tab stop, and every control is a Tab stop', async () => {
            const before = document.createElement('button');
            before.textContent = 'before';
            element.before(before);
            before.focus();
            const stops: Element[] = [];
            for (let i = 0; i < 60; i++) {
              await sendKeys({ press: 'Tab' });
              const active = deepActiveElement();
              if (!active || !within(element, active)) break;
              const style = getComputedStyle(active);
              const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
              expect(ring, `focus ring on ${active.localName} ${active.getAttribute('part') ?? ''}`).to.equal(true);
              stops.push(active);
            }
            before.remove();
            const controls = shadowDescendants(element).filter((piece) =>
              piece.matches('button:not([disabled]), input:not([disabled]):not([type=radio]), select, textarea, a[href], [tabindex]:not([tabindex="-1"])'),
            );
            for (const control of controls) expect(stops, `${control.localName} ${control.getAttribute('part') ?? ''} reached by Tab`).to.include(control);
          });
        });
      }

      it('stops animations and transitions when reduced motion is asked for', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const { page, element } = await render(tag, 'signed in');
        for (const piece of shadowDescendants(element)) {
          const style = getComputedStyle(piece);
          expect(seconds(style.animationDuration), `${piece.localName} animation`).to.be.at.most(0.001);
          expect(seconds(style.transitionDuration), `${piece.localName} transition`).to.be.at.most(0.001);
        }
        page.remove();
      });
    });
  }
});
