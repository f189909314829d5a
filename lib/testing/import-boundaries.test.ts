import path from 'node:path';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The rules of the imports (docs/architecture.md) as eslint.config.mjs enforces them: each breach
// below is an error, so `npm run lint` fails on it; each allowed import is not reported. The code is
// linted in memory under a made-up file name in the folder it would live in.
const root = path.resolve(import.meta.dirname, '../..');
const boundaryRules = new Set([
  'import/no-restricted-paths',
  'no-restricted-imports',
  'shop/no-server-in-client',
  'no-restricted-syntax',
]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The boundary errors ESLint reports for `code` as the file `file` (relative to the root). */
async function breaches(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const fatal = result?.messages.filter((message) => message.fatal) ?? [];
  expect(fatal, 'the probe parses').toEqual([]);
  return (result?.messages ?? [])
    .filter((message) => message.ruleId && boundaryRules.has(message.ruleId))
    .map((message) => {
      expect(message.severity, `${message.ruleId} is an error, not a warning`).toBe(2);
      return message.ruleId ?? '';
    });
}

/** One import statement that uses what it imports, so only the boundary rules have a say. */
function importing(source: string): string {
  return `import * as probe from '${source}';\n\nexport const used = probe;\n`;
}

const cases: { file: string; forbidden: [string, string][]; allowed: string[] }[] = [
  {
    file: 'lib/domain/boundary-probe.ts',
    forbidden: [
      ['@/lib/server/database', 'import/no-restricted-paths'],
      ['../server/shop', 'import/no-restricted-paths'],
      ['../../db/schema', 'import/no-restricted-paths'],
      ['next/navigation', 'no-restricted-imports'],
      ['react', 'no-restricted-imports'],
      ['drizzle-orm', 'no-restricted-imports'],
      ['better-sqlite3', 'no-restricted-imports'],
      ['iron-session', 'no-restricted-imports'],
      ['server-only', 'no-restricted-imports'],
    ],
    allowed: ['decimal.js', './money'],
  },
  {
    file: 'lib/server/boundary-probe.ts',
    forbidden: [
      ['@/app/[locale]/admin/coupons/_components/coupon-summary', 'import/no-restricted-paths'],
    ],
    allowed: ['../../db/schema', '@/lib/domain/money', 'drizzle-orm', './shop'],
  },
  {
    file: 'app/[locale]/boundary-probe.ts',
    forbidden: [
      ['@/db/schema', 'import/no-restricted-paths'],
      ['../../db/connection', 'import/no-restricted-paths'],
      ['drizzle-orm', 'no-restricted-imports'],
      ['better-sqlite3', 'no-restricted-imports'],
    ],
    allowed: ['@/lib/server/shop', '@/lib/i18n/locales', 'next/navigation'],
  },
  {
    file: 'db/boundary-probe.ts',
    forbidden: [
      ['../lib/domain/money', 'import/no-restricted-paths'],
      ['../lib/validation/env', 'import/no-restricted-paths'],
      ['@/lib/i18n/locales', 'import/no-restricted-paths'],
    ],
    allowed: ['./connection', './locales', 'drizzle-orm'],
  },
  {
    file: 'lib/server/jobs/boundary-probe.ts',
    forbidden: [['../mail/transport', 'import/no-restricted-paths']],
    allowed: ['./queue', '../database'],
  },
];

describe('the import boundaries in eslint.config.mjs', { timeout: 60_000 }, () => {
  for (const { file, forbidden, allowed } of cases) {
    describe(path.dirname(file), () => {
      for (const [source, rule] of forbidden) {
        it(`reports an import of ${source} (${rule})`, async () => {
          expect(await breaches(file, importing(source))).toEqual([rule]);
        });
      }
      it(`lets it import ${allowed.join(', ')}`, async () => {
        for (const source of allowed) {
          expect(await breaches(file, importing(source)), source).toEqual([]);
        }
      });
    });
  }

  // No raw SQL in e2e specs: it lives in named helpers (e2e/*-fixtures.ts), which may query.
  describe('an e2e spec', () => {
    const rawSql =
      "export function count(db: { prepare(sql: string): { get(): unknown } }) {\n  return db.prepare('select count(*) from orders').get();\n}\n";

    it('reports a .prepare( call (no-restricted-syntax)', async () => {
      expect(await breaches('e2e/boundary-probe.spec.ts', rawSql)).toEqual([
        'no-restricted-syntax',
      ]);
    });

    for (const source of ['better-sqlite3', 'drizzle-orm']) {
      it(`reports an import of ${source} (no-restricted-imports)`, async () => {
        expect(await breaches('e2e/boundary-probe.spec.ts', importing(source))).toEqual([
          'no-restricted-imports',
        ]);
      });
    }

    it('lets it import the fixtures, and lets a fixtures file query', async () => {
      for (const source of ['./fixtures', './order-fixtures', '@playwright/test']) {
        expect(await breaches('e2e/boundary-probe.spec.ts', importing(source)), source).toEqual([]);
      }
      expect(await breaches('e2e/boundary-probe-fixtures.ts', rawSql)).toEqual([]);
      expect(await breaches('e2e/boundary-probe-fixtures.ts', importing('drizzle-orm'))).toEqual(
        [],
      );
    });
  });

  describe("a 'use client' file", () => {
    const file = 'app/[locale]/_components/boundary-probe.tsx';
    const client = (source: string) => `'use client';\n\n${importing(source)}`;

    for (const source of [
      '@/lib/server/shop',
      '../../../lib/server/database',
      '@/db/schema',
      'server-only',
      'drizzle-orm',
      'iron-session',
    ]) {
      it(`reports an import of ${source}`, async () => {
        const found = await breaches(file, client(source));
        expect(found).toContain('shop/no-server-in-client');
      });
    }

    it('reports a server module re-exported or imported lazily', async () => {
      expect(
        await breaches(
          file,
          `'use client';\n\nexport { shopCurrency } from '@/lib/server/shop';\n`,
        ),
      ).toEqual(['shop/no-server-in-client']);
      expect(
        await breaches(
          file,
          `'use client';\n\nexport const load = () => import('@/lib/server/shop');\n`,
        ),
      ).toEqual(['shop/no-server-in-client']);
    });

    it('lets it import the domain, i18n and framework client code', async () => {
      for (const source of ['@/lib/domain/money', '@/lib/i18n/navigation', 'react']) {
        expect(await breaches(file, client(source)), source).toEqual([]);
      }
    });

    it('leaves a server component in the same folder free to import lib/server', async () => {
      expect(await breaches(file, importing('@/lib/server/shop'))).toEqual([]);
    });
  });
});
