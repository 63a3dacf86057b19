import { defineConfig } from 'vite';

const elements = ['portal', 'login', 'catalogue', 'saved-items'];

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
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              ...Object.fromEntries(elements.map((name) => [`elements/${name}`, `src/elements/${name}/${name}.ts`])),
            },
            formats: ['es'],
          },
          rollupOptions: { external: [/^lit($|\/)/, /^@lit\//, /^nanostores($|\/)/, /^@nanostores\//, /^ky($|\/)/] },
        },
      },
);
