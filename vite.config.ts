import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const elements = ['portal', 'login', 'accept-invitation', 'catalogue', 'saved-items', 'cart', 'cart-button', 'quick-order', 'order-list', 'invoice-list', 'statement', 'announcements'];

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
 * and ky left as dependencies. `vite build --mode embed`: one self-contained file for a plain
 * `<script type="module">` tag.
 */
export default defineConfig(({ mode }) =>
  mode === 'embed'
    ? {
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir: 'dist/embed',
          emptyOutDir: true,
          target: 'es2022',
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'tradecounter.js' },
          rollupOptions: { output: { codeSplitting: false } },
        },
      }
    : {
        plugins: [themeFiles()],
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
