import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  { ignores: ['.next*/**', '.data/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'db/migrations/**', 'next-env.d.ts'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Components are app-independent: a page passes its server actions down as props.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/app', '**/app/*'],
              message: 'Components must not import from app/: pass the server action (or data) from the page as a prop.',
            },
          ],
        },
      ],
    },
  },
];

export default config;
