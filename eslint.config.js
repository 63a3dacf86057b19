import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.e2e/', '.test-results/', 'coverage/', 'docs/api/', 'docs/site/', '.data/', 'bench/results/', 'bench/.build/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', customElements: 'readonly', console: 'readonly',
        process: 'readonly', URL: 'readonly', fetch: 'readonly', Request: 'readonly', Response: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      // Elements go through the typed client; only client/http.ts talks to the network.
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use the portal client instead.' }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', '**/server/**'], message: 'No schema or server code in the browser bundle.' },
            { group: ['**/contract/**'], allowTypeImports: true, message: 'The browser imports the contract’s types only.' },
          ],
        },
      ],
    },
  },
);
