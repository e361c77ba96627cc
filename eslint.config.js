// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layerRule } from './eslint/layerRule.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.vite/', '.tsbuild/', 'out/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { deskid: { rules: { layers: layerRule } } },
    rules: {
      'deskid/layers': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    // Validation happens once, on the host (contract/dispatcher.ts): the renderer loads no
    // zod and builds no schema, which was the first screen's largest cost (bench:renderer).
    // It takes only types from the schema modules, and values from the zod-free ones.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', allowTypeImports: true, message: 'The renderer runs no schema: the host validates.' }],
          patterns: [
            {
              group: [
                '**/electron/contract/**',
                '!**/electron/contract/DeskIdError',
                '!**/electron/contract/bridge',
                '!**/electron/contract/client',
                '!**/electron/contract/groupedClient',
                '!**/electron/contract/errorDetails',
                '!**/electron/contract/fileLimits',
                '!**/electron/contract/phoneRules',
                '!**/electron/contract/otpRules',
                '!**/electron/contract/recoveryCode',
              ],
              allowTypeImports: true,
              message: 'Schema modules build zod schemas when loaded: import only their types in the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
