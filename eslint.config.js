import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layering = (message) => ({
  patterns: [
    { group: ['react', 'react-dom', '@fluentui/*'], message },
    { group: ['@pnp/*', '@microsoft/*', '@azure/*', 'better-sqlite3'], message },
    { group: ['**/adapters/**', '**/ui/**', '**/server/**', '**/host/**', '**/services/**'], message },
    { group: ['node:*', 'fs', 'path', 'http'], message },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-node/**', 'dist-sourcemaps/**', '.tmp-*/**', 'dist-e2e-m365/**', 'dist-bench-*/**', 'node_modules/**', 'data/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: 'ExportAllDeclaration', message: 'Name every export; no export *.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'test', property: 'only' },
      ],
    },
  },
  {
    files: ['src/core/**', 'src/schema/**', 'src/ports/**'],
    rules: {
      'no-restricted-imports': ['error', layering('core, schema and ports stay pure: no UI, SDKs, adapters or I/O')],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'No I/O in the core.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is a parameter in the core.' },
        { object: 'Math', property: 'random', message: 'The core is deterministic.' },
      ],
    },
  },
  {
    files: ['src/services/**', 'src/jobs/**', 'src/import/**', 'src/export/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/**', '**/ui/**', '**/server/**', 'react', '@fluentui/*', '@pnp/*', 'better-sqlite3'], message: 'Use cases work over ports only; adapters are wired in the composition roots.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**', 'src/server/**', 'bench/**', 'lists-provisioning/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['vite.config.ts', 'vite.node.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  }
);
