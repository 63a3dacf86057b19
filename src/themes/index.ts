/**
 * Tradecounter's shipped themes as CSS text, for pages that build their styles in script.
 * The same files are published as `tradecounter/themes/<name>.css` for a `<link>`.
 *
 * ```js
 * import { themes, adoptTheme } from 'tradecounter/themes';
 * adoptTheme(themes.dark);
 * document.documentElement.classList.add('tc-theme-dark');
 * ```
 *
 * @module
 */
import light from './light.css?raw';
import dark from './dark.css?raw';
import compact from './compact.css?raw';

/** Each theme's CSS; it applies inside an element with the class `tc-theme-<name>`. */
export const themes = { light, dark, compact } as const;

export type ThemeName = keyof typeof themes;

/**
 * Adds CSS to a document (or shadow root) as a constructed style sheet: allowed under a strict
 * Content-Security-Policy, where a `<style>` element added by script is not.
 */
export function adoptTheme(cssText: string, root: Document | ShadowRoot = document): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return sheet;
}
