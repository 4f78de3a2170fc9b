import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.swc/**',
      '**/.data/**',
      '**/.test-dist/**',
      '**/coverage/**',
      'artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      // Nest injects by the runtime class, so constructor parameter types must stay value imports.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'server/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['miniapp/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['miniapp/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // A missing dependency is a stale-data bug here, not a style point.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // src/lib is plain TypeScript, unit-tested under Node: anything bound to Taro or React (and the
    // services and components built on them) stays outside it.
    files: ['miniapp/src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tarojs/*', 'react', 'react-dom', 'react/*', '@nutui/*'],
              message: 'src/lib runs without Taro and React; put Taro-bound code in src/services.',
            },
            {
              group: ['../*'],
              message: 'src/lib imports only itself and @xinghuo/shared.',
            },
          ],
        },
      ],
    },
  },
);
