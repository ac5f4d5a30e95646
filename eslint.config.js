import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      '.tmp',
      'public/mockServiceWorker.js',
      'screenshots',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, import: importPlugin },
    settings: {
      'import/resolver': { typescript: true, node: true },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // jsx-a11y cannot see that <dialog> is interactive through the platform.
      'jsx-a11y/no-redundant-roles': 'off',
    },
  },
  {
    // Imports flow lib/components → features → app; src never reaches into mocks.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/boot.tsx', 'src/testing/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/mocks/**', '@mocks/*', '../../mocks/*'],
              message:
                'src/ never imports the mock backend: only the mocking bootstrap and test setup may.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/features/*',
                '@/app/*',
                '@/openapi/*',
                '**/features/**',
                '**/app/**',
                '**/openapi/**',
              ],
              message:
                'lib and components are the bottom layer: they import no feature and no app code.',
            },
            {
              group: ['**/mocks/**', '@mocks/*'],
              message:
                'src/ never imports the mock backend: only the mocking bootstrap and test setup may.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      // A feature reaches another only through its api/ (contract, keys, calls); the rest is its own.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*/*', '!@/features/*/api'],
              message:
                'Import another feature only through its api/ folder: its components and routes are its own.',
            },
            {
              group: ['**/mocks/**', '@mocks/*'],
              message:
                'src/ never imports the mock backend: only the mocking bootstrap and test setup may.',
            },
          ],
        },
      ],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import the app layer.',
            },
            {
              target: './src/features',
              from: './mocks',
              message: 'src/ never imports the mock backend.',
            },
            {
              target: './src/features',
              from: './src/openapi',
              message: 'The OpenAPI generator documents the features; they never import it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['e2e/**', 'scripts/**', '*.config.ts', '*.config.js'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
