// What every browser build shares (vite.config.ts, check-budgets, the benches): the HTML and CSS
// inside Lit's html`` and css`` literals minified at build time, and the minifier's settings.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { Plugin } from 'vite';

/** Source files whose templates are minified: ours, not the packages' (those ship minified). */
const ownSource = /\/(src|bench\/page|bench\/interactions)\/.*\.ts$/;

export function minifyTemplates(): Plugin {
  const plugin = minifyHtmlLiterals({
    include: [],
    filter: (id: string) => ownSource.test(id),
    failOnError: true,
    options: { minifyOptions: { minifyCSS: { targets: { chrome: 111 << 16, firefox: 113 << 16, safari: 16 << 16 } } } },
  }) as unknown as Plugin; // a Rollup plugin; its transform hook is all Vite calls
  return { ...plugin, enforce: 'pre' };
}

/** The plugins of a browser build. */
export const browserPlugins = (): Plugin[] => [minifyTemplates()];

/**
 * Output settings of a file a page loads as it is (the embed, a per-element bundle): fully
 * minified. Vite leaves the whitespace of ES library builds alone so that a bundler downstream can
 * still tree-shake them; nothing shakes the embed, so it is minified like an app. Licence comments
 * stay (Lit's BSD licence asks for them).
 */
export const finalOutput = {
  minify: true,
  comments: { legal: true, annotation: false, jsdoc: false },
} as const;
