// Files imported as text (vite's `?raw`; web-test-runner.config.mjs serves them the same way).
declare module '*.css?raw' {
  const text: string;
  export default text;
}

// Single-file Vue components (the Vue host page of the end-to-end tests).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
