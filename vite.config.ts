import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { browserPlugins, finalOutput } from './scripts/browser-build.js';

const elements = ['portal', 'login', 'accept-invitation', 'catalogue', 'saved-items', 'cart', 'cart-button', 'quick-order', 'order-list', 'invoice-list', 'statement', 'announcements'];

/**
 * The embed's shared runtime chunk: Lit, @lit/context, @lit/task (most tags use it), nanostores,
 * ky, the base element, portal, client, stores, i18n (not the Romanian messages), formatting, the
 * shared styles, and the autoloader. Each tag's own code and what only a few tags share (the
 * virtualizer, the catalogue's order controls, …) stay in the tags' chunks.
 */
const sharedRuntime =
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context|@lit\/task|nanostores|@nanostores\/[\w-]+|ky)\/|\/src\/(base|portal|client|stores|format|styles|embed\/(runtime|autoloader))\/?|\/src\/i18n\/[\w-]+\.ts$|\/src\/public-api\.ts$/;

/** Publishes the theme files as they are, for a `<link rel="stylesheet">`: dist/themes/<name>.css. */
const themeFiles = (): Plugin => ({
  name: 'tradecounter-theme-files',
  generateBundle() {
    for (const name of readdirSync('src/themes').filter((file) => file.endsWith('.css'))) {
      this.emitFile({ type: 'asset', fileName: `themes/${name}`, source: readFileSync(`src/themes/${name}`, 'utf8') });
    }
  },
});

/**
 * `vite build`: ES modules for bundlers, one entry per element plus `index`, with lit, nanostores
 * and ky left as dependencies. `vite build --mode embed`: the embed for a plain
 * `<script type="module">` tag, dist/embed/tradecounter.js, a small entry that loads the shared
 * runtime and, through its autoloader, one chunk per tag on the page (dist/embed/chunks/; Romanian
 * a chunk too). `vite build --mode embed-bundle`: the same in one self-contained file,
 * dist/embed/tradecounter.bundle.js, for hosts that can serve only one file.
 */
export default defineConfig(({ mode }) =>
  mode === 'embed'
    ? {
        plugins: browserPlugins(),
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir: 'dist/embed',
          emptyOutDir: true,
          target: 'es2022',
          lib: { entry: 'src/embed/tradecounter.ts', formats: ['es'], fileName: () => 'tradecounter.js' },
          rollupOptions: {
            output: {
              ...finalOutput,
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Everything every tag needs in one chunk the entry imports, fetched in the same
              // round trip as the entry's own few bytes, rather than spread over small chunks that
              // each cost a request after the element's own chunk arrived.
              codeSplitting: { groups: [{ name: 'runtime', test: (id: string) => sharedRuntime.test(id) }] },
            },
          },
        },
      }
    : mode === 'embed-bundle'
      ? {
          plugins: browserPlugins(),
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          build: {
            outDir: 'dist/embed',
            emptyOutDir: false,
            target: 'es2022',
            lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'tradecounter.bundle.js' },
            rollupOptions: { output: { ...finalOutput, codeSplitting: false } },
          },
        }
      : {
        plugins: [...browserPlugins(), themeFiles()],
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              themes: 'src/themes/index.ts',
              ...Object.fromEntries(elements.map((name) => [`elements/${name}`, `src/elements/${name}/${name}.ts`])),
            },
            formats: ['es'],
          },
          rollupOptions: { external: [/^lit($|\/)/, /^@lit\//, /^nanostores($|\/)/, /^@nanostores\//, /^ky($|\/)/] },
        },
      },
);
