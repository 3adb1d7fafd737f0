// The house rules, enforced in CI (`npm run lint`), not remembered. Above all the import zones: each API folder is a
// room that can be read, changed or deleted alone.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const API_FOLDERS = ['trenz', 'tiktok-shop', 'local-service'];

/** `no-restricted-imports` patterns that keep a folder out of the named ones. */
function keepOut(folders, why) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: folders.map((f) => ({
          group: [`**/${f}/*`, `**/${f}`],
          message: `${why} (import zones: see docs/internals.md).`,
        })),
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'bench/.build/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      // Wire types are partly unknown by nature (loose API objects); `any` is allowed where a comment says why.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-undef': 'off', // TypeScript checks names
    },
  },
  // The core knows no API, the test emulator or the Redis and BullMQ entries.
  { files: ['src/core/**'], rules: keepOut([...API_FOLDERS, 'testing', 'redis', 'bullmq'], 'src/core imports no API folder') },
  // An API folder imports the core only: never another API, the emulator or the Redis entry.
  ...API_FOLDERS.map((api) => ({
    files: [`src/${api}/**`],
    rules: keepOut(
      [...API_FOLDERS.filter((f) => f !== api), 'testing', 'redis', 'bullmq'],
      `src/${api} imports the core, not another API`,
    ),
  })),
  // The Redis entry stands on the core alone.
  { files: ['src/redis/**'], rules: keepOut([...API_FOLDERS, 'testing', 'bullmq'], 'src/redis imports only the core') },
  // The BullMQ entry runs TikTok Shop order syncs on the Redis entry: core, tiktok-shop and redis only.
  {
    files: ['src/bullmq/**'],
    rules: keepOut(['trenz', 'local-service', 'testing'], 'src/bullmq imports the core, tiktok-shop and redis only'),
  },
  // Nothing shipped outside the emulator imports it.
  { files: ['src/*.ts'], rules: keepOut(['testing'], 'only src/testing may import src/testing') },
);
