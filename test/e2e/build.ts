// Builds what the end-to-end pages load: the embed (entry + chunks, and the all-in-one file), and the React and Vue host pages
// (bundled by Vite from the SDK's source, as an npm user's bundler would).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const outDir = `${root}.e2e`;
export const embedDir = `${outDir}/embed`;
export const embed = `${embedDir}/tradecounter.js`;
export const embedBundle = `${embedDir}/tradecounter.bundle.js`;

export async function buildAll() {
  // The embed exactly as `npm run build` makes it (vite.config.ts, modes embed and embed-bundle), into its own folder.
  await build({ root, mode: 'embed', logLevel: 'warn', build: { outDir: embedDir, emptyOutDir: true } });
  await build({ root, mode: 'embed-bundle', logLevel: 'warn', build: { outDir: embedDir, emptyOutDir: false } });
  await build({
    configFile: false,
    root: `${root}test/e2e/hosts`,
    base: '/hosts/',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: {
      alias: [
        { find: /^tradecounter$/, replacement: `${root}src/index.ts` },
        { find: /^tradecounter\/themes$/, replacement: `${root}src/themes/index.ts` },
      ],
    },
    plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tc-') } } })],
    build: {
      outDir: `${outDir}/hosts`,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { react: `${root}test/e2e/hosts/react/index.html`, vue: `${root}test/e2e/hosts/vue/index.html` } },
    },
  });
}
