// Files imported as text (vite's `?raw`; web-test-runner.config.mjs serves them the same way).
declare module '*.css?raw' {
  const text: string;
  export default text;
}
