import path from 'node:path';

import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

import { awaitDataLayerRule } from './eslint-rules/await-data-layer.mjs';

// The rules of the imports (docs/architecture.md): app/ -> lib/server/ -> lib/domain/, lib/server/
// -> db/. Folders are checked by import/no-restricted-paths, which resolves each import (relative
// or '@/') to its file; packages by no-restricted-imports; 'use client' files by the rule below.
// lib/testing/import-boundaries.test.ts proves that each rule reports a breach.
const root = import.meta.dirname;

const frameworkAndDatabase = [
  'next',
  'next/**',
  'next-intl',
  'next-intl/**',
  'react',
  'react/**',
  'react-dom',
  'react-dom/**',
  'drizzle-orm',
  'drizzle-orm/**',
  'better-sqlite3',
  'iron-session',
  'server-only',
];
const databaseDrivers = ['drizzle-orm', 'drizzle-orm/**', 'better-sqlite3'];

/** Modules a client component must not import: they hold secrets or need the server. */
const serverOnlyPackages = new Set([
  'server-only',
  'drizzle-orm',
  'better-sqlite3',
  'iron-session',
]);
const serverOnlyFolders = ['lib/server', 'db'];

function isServerOnly(source, filename) {
  const bare = source.split('/')[0];
  if (serverOnlyPackages.has(source) || serverOnlyPackages.has(bare)) return true;
  let file;
  if (source.startsWith('@/')) file = path.join(root, source.slice(2));
  else if (source.startsWith('.')) file = path.resolve(path.dirname(filename), source);
  else return false;
  const relative = path.relative(root, file).split(path.sep).join('/');
  return serverOnlyFolders.some(
    (folder) => relative === folder || relative.startsWith(`${folder}/`),
  );
}

/**
 * 'use client' files import nothing server-only. A per-file rule, since a client component may sit
 * in any folder: it looks at the file's directives and then at each import, export-from and
 * import().
 */
const noServerInClient = {
  meta: {
    type: 'problem',
    messages: {
      serverOnly:
        "A 'use client' file must not import '{{source}}' (server-only code: lib/server, db/, server-only, the database drivers, iron-session). Pass the data in as props or call a server action.",
    },
    schema: [],
  },
  create(context) {
    let client = false;
    function check(node) {
      if (!client || !node.source || typeof node.source.value !== 'string') return;
      if (isServerOnly(node.source.value, context.filename)) {
        context.report({
          node: node.source,
          messageId: 'serverOnly',
          data: { source: node.source.value },
        });
      }
    }
    return {
      Program(program) {
        client = program.body.some(
          (statement) =>
            statement.type === 'ExpressionStatement' && statement.directive === 'use client',
        );
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    plugins: { shop: { rules: { 'no-server-in-client': noServerInClient } } },
    rules: {
      'shop/no-server-in-client': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: './lib/domain',
              from: ['./lib/server', './db', './app'],
              message: 'lib/domain holds pure rules: no server code, no database.',
            },
            {
              target: './lib/server',
              from: './app',
              message: 'lib/server never imports from app/.',
            },
            {
              target: './app',
              from: './db',
              message: 'app/ reaches the database only through lib/server.',
            },
            {
              target: './db',
              from: './lib',
              message:
                'db/ imports nothing from lib/: move what it needs down into db/ or pass it in.',
            },
            {
              target: './lib/server/jobs',
              from: './lib/server/mail',
              message:
                'jobs/ is a generic engine: job handlers are registered from outside (lib/server/job-handlers.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // lib/server's async functions are awaited where they are called (docs/decisions/0008).
    files: ['app/**/*.{ts,tsx}', 'lib/server/**/*.ts', 'proxy.ts', 'scripts/**/*.ts'],
    plugins: { data: { rules: { 'await-data-layer': awaitDataLayerRule() } } },
    rules: { 'data/await-data-layer': 'error' },
  },
  {
    files: ['lib/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: frameworkAndDatabase,
              message:
                'lib/domain imports no framework, database or server code (only decimal.js and itself).',
            },
          ],
        },
      ],
    },
  },
  {
    // A spec says what a person does and sees; what it arranges in or reads from the database goes
    // through named helpers in e2e/*-fixtures.ts (on the app's own functions and schema).
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.type='MemberExpression'][callee.property.name='prepare']",
          message:
            'No raw SQL in a spec: give it a name in e2e/*-fixtures.ts (e2e/test-db.ts withTestDb) and call that.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: databaseDrivers,
              message:
                'A spec reaches the database only through e2e/*-fixtures.ts helpers (e2e/test-db.ts withTestDb).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: databaseDrivers,
              message: 'app/ reaches the database only through lib/server.',
            },
          ],
        },
      ],
    },
  },
];

export default config;
